using System.Collections.Immutable;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// A government's account of another's use of force is an accusation: "the US said Iraq had attacked Kuwait" is the
/// US accusing Iraq (CAMEO 112), coded as DISAPPROVE by the speaker against the actor it names. The reported act
/// stays the speaker's claim, not Iraq's act on record.
/// </summary>
public static class ReportedAccusations
{
    private const string Context = "accusation";
    private static readonly HashSet<PloverEvent> Hostile = [PloverEvent.ASSAULT, PloverEvent.COERCE];

    /// <summary>True for an accusation this class read from a reported act.</summary>
    public static bool IsAccusation(Event e) => e.Type == PloverEvent.DISAPPROVE && e.Context.Contains(Context);

    /// <summary><paramref name="events"/> with an accusation added for each hostile act a statement attributes to another actor.</summary>
    public static ImmutableArray<Event> Add(ImmutableArray<Event> events, ImmutableArray<Event> statements)
    {
        var byId = statements.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var accusations = new List<Event>();
        var seen = new HashSet<(string Statement, string Accused)>();
        foreach (var e in events)
        {
            if (e.ReportedBy is not { } id || !byId.TryGetValue(id, out var statement) || !Hostile.Contains(e.Type)
                || !e.IsAct || statement.Denied || statement.Negated
                || statement.Source.FirstOrDefault() is not { } speaker || !IsGovernmentLike(speaker))
            {
                continue;
            }

            foreach (var accused in e.Source.Where(a => a.Code != EventCoder.UnknownCode && a.Code != speaker.Code && a.Code != ActorRef.Media.Code))
            {
                if (seen.Add((statement.Id, accused.Code)))
                {
                    accusations.Add(new Event
                    {
                        Id = $"{e.Id}.accusation.{accused.Code}",
                        Type = PloverEvent.DISAPPROVE,
                        Cameo = "112",
                        Context = [Context],
                        Date = statement.Date,
                        Source = [speaker],
                        Target = [accused],
                        Claimant = statement.Claimant is { } c && c.Code != speaker.Code ? c : null,
                        Uncertain = statement.Uncertain,
                        Trigger = statement.Trigger,
                        TriggerRange = statement.TriggerRange,
                        Evidence = e.Evidence,
                    });
                }
            }
        }

        return accusations.Count == 0
            ? events
            : [.. events.Concat(accusations).OrderBy(e => e.Evidence.Start).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static bool IsGovernmentLike(ActorRef a) =>
        a.Code != EventCoder.UnknownCode && a.Code != ActorRef.Media.Code && a.Sector is null or "GOV" or "MIL" or "LEG" or "IGO";
}
