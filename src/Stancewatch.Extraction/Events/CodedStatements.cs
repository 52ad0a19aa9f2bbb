using System.Collections.Immutable;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// A statement the event coder coded in CAMEO's statement block ("Russia denied any involvement in the strike", 016)
/// that the attributor also found as the same speaker's utterance is one record: the utterance takes the code and,
/// when it has none, the target.
/// </summary>
public static class CodedStatements
{
    /// <summary>The statements with the codes of the coded statements they share a trigger with, and the other events.</summary>
    public static (ImmutableArray<Event> Statements, ImmutableArray<Event> Events) Merge(ImmutableArray<Event> statements, ImmutableArray<Event> events)
    {
        var coded = events.Where(e => e.Type == PloverEvent.STATEMENT && e.TriggerRange is not null)
            .GroupBy(e => e.TriggerRange!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        if (coded.Count == 0)
        {
            return (statements, events);
        }

        var merged = new HashSet<Event>(ReferenceEqualityComparer.Instance);
        var result = statements.Select(s =>
        {
            if (s.TriggerRange is not { } trigger || !coded.TryGetValue(trigger, out var code) || !s.HasSourcesOf(code))
            {
                return s;
            }

            merged.Add(code);
            return s with { Cameo = code.Cameo, Target = s.Target.IsDefaultOrEmpty ? code.Target : s.Target };
        }).ToImmutableArray();
        return (result, [.. events.Where(e => !merged.Contains(e))]);
    }
}
