using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Stancewatch.Extraction;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;

namespace Stancewatch.Analysis;

/// <summary>
/// Matches a crisis profile's cues in a sentence and decides negation ("did not condemn", "refused to recognise",
/// "none ... have criticised") and hedging ("reportedly" marks uncertain; "reluctant to" cancels the cue).
/// </summary>
public sealed class CueMatcher
{
    private static readonly Regex Word = new(@"[\w'’-]+", RegexOptions.CultureInvariant);
    private static readonly char[] ClauseBreaks = [',', ';', ':', '(', ')', '—', '–', '“', '”', '"', '.'];
    private const int HedgeWindow = 8;
    private readonly CrisisProfile _profile;
    private readonly AnalysisLexicon _lexicon;

    public CueMatcher(CrisisProfile profile, AnalysisLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(lexicon);
        _profile = profile;
        _lexicon = lexicon;
    }

    /// <summary>Every cue match in <paramref name="sentence"/>, in text order (dropped hedged cues excluded).</summary>
    public ImmutableArray<CueMatch> Match(SentenceView sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        string t = sentence.Text;
        var b = ImmutableArray.CreateBuilder<CueMatch>();
        foreach (var cue in _profile.Cues)
        {
            foreach (Match m in cue.Pattern.Matches(t))
            {
                string before = ClauseBefore(t, m.Index);
                string window = LastWords(before, _lexicon.NegationWindow);
                string near = LastWords(before, HedgeWindow);
                if (_lexicon.HedgeDrop.IsMatch(LastWords(before, 4)))
                {
                    continue;
                }

                string? negator = LastMatch(_lexicon.Negator, window);
                string? hedge = LastMatch(_lexicon.Hedge, near);
                var position = negator is null ? cue.Stance : cue.Negated;
                string? indicator = cue.Indicator is null ? null : negator is null ? cue.Indicator.Value : cue.Indicator.Negated;
                b.Add(new CueMatch(
                    cue,
                    sentence.Start + m.Index,
                    sentence.Start + m.Index + m.Length,
                    m.Value,
                    negator,
                    hedge,
                    position is null ? null : (Stance)(int)position.Value,
                    indicator));
            }
        }

        b.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.Cue.Priority.CompareTo(x.Cue.Priority));
        return b.ToImmutable();
    }

    /// <summary>The text of the clause before <paramref name="index"/>: back to the last clause break.</summary>
    private static string ClauseBefore(string t, int index)
    {
        int from = t.LastIndexOfAny(ClauseBreaks, Math.Max(0, index - 1));
        return from < 0 ? t[..index] : t[(from + 1)..index];
    }

    private static string LastWords(string text, int count)
    {
        var words = Word.Matches(text);
        if (words.Count <= count)
        {
            return text;
        }

        return text[words[words.Count - count].Index..];
    }

    private static string? LastMatch(Regex regex, string text)
    {
        string? last = null;
        foreach (Match m in regex.Matches(text))
        {
            last = m.Value;
        }

        return last;
    }
}
