using Stancewatch.Extraction;
using Stancewatch.Knowledge.Crises;

namespace Stancewatch.Analysis;

/// <summary>
/// A crisis cue found in a sentence (offsets into the document), with what governs it: a negator, a hedge.
/// <see cref="Stance"/> is the stance after negation (null: no claim), <see cref="IndicatorValue"/> likewise.
/// </summary>
public sealed record CueMatch(StanceCue Cue, int Start, int End, string Matched, string? Negator, string? Hedge, Stance? Stance, string? IndicatorValue)
{
    public bool Negated => Negator is not null;

    /// <summary>The cue decision in words, for the report.</summary>
    public string Reason
    {
        get
        {
            string r = $"cue '{Cue.Id}' (\"{Matched}\")";
            if (Negator is not null)
            {
                r += $" negated by \"{Negator}\"";
            }

            r += Stance is null ? " → no stance" : $" → {Stance}";
            if (Hedge is not null)
            {
                r += $"; hedged by \"{Hedge}\"";
            }

            return r;
        }
    }
}
