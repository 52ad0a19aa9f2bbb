using System.Collections.Immutable;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// A speaker who tells of force it used itself ("The US claimed that they had attacked Iraq") claims responsibility
/// for it: the utterance is coded CAMEO 015 with the act's target, as "claimed responsibility for the attack" is.
/// </summary>
public static class ClaimsOfResponsibility
{
    private static readonly HashSet<PloverEvent> Force = [PloverEvent.ASSAULT, PloverEvent.COERCE];

    /// <summary>The statements, those that report their speaker's own use of force coded 015.</summary>
    public static ImmutableArray<Event> Mark(ImmutableArray<Event> statements, ImmutableArray<Event> events)
    {
        return [.. statements.Select(s =>
        {
            if (s.Cameo is not null || s.Negated || s.Denied || s.Source.IsDefaultOrEmpty || s.Source.Any(a => a.Code is "MEDIA" or EventCoder.UnknownCode))
            {
                return s;
            }

            var own = events.FirstOrDefault(e => e.ReportedBy == s.Id && e.IsAct && Force.Contains(e.Type) && !e.Target.IsDefaultOrEmpty && e.HasSourcesOf(s));
            return own is null ? s : s with { Cameo = "015", Target = s.Target.IsDefaultOrEmpty ? own.Target : s.Target };
        })];
    }
}
