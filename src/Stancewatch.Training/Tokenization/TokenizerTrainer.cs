using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Tokenization;

namespace Stancewatch.Training.Tokenization;

/// <summary>
/// Learns the <see cref="TokenizerLexicon"/> from treebank training files: abbreviations that keep their full stop
/// (and which of them rarely end a sentence), hyphenated words the treebank keeps whole more often than it splits
/// them, multiword tokens (gonna → gon na) and words the clitic rule must leave alone, and tokens with punctuation
/// that the rules would split but the treebank keeps whole. Deterministic: the lists depend only on the files.
/// </summary>
public sealed class TokenizerTrainer
{
    /// <summary>Learns the lexicon from <paramref name="trainingSentences"/>, starting from <paramref name="seed"/> lists.</summary>
    public TokenizerLexicon Train(IEnumerable<ConlluSentence> trainingSentences, TokenizerLexicon seed)
    {
        ArgumentNullException.ThrowIfNull(trainingSentences);
        ArgumentNullException.ThrowIfNull(seed);
        var sentences = trainingSentences.Select(GoldTokens).ToList();

        var abbreviationCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var abbreviationFinal = new Dictionary<string, int>(StringComparer.Ordinal);
        var hyphenWhole = new Dictionary<string, int>(StringComparer.Ordinal);
        var hyphenSplit = new Dictionary<string, int>(StringComparer.Ordinal);
        var multiwordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var multiwordSplits = new Dictionary<string, ImmutableArray<int>>(StringComparer.Ordinal);
        var plainCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokenCounts = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var tokens in sentences)
        {
            for (int i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                string lower = t.Form.ToLowerInvariant();
                if (t.Splits.IsDefault)
                {
                    Increment(plainCounts, lower);
                    Increment(tokenCounts, t.Form);
                    if (t.Form.Length >= 2 && t.Form[^1] == '.' && t.Form.Any(char.IsLetter) && !t.Form.Any(char.IsDigit) && t.Form.Length <= 12)
                    {
                        Increment(abbreviationCounts, t.Form);
                        if (i == tokens.Count - 1)
                        {
                            Increment(abbreviationFinal, t.Form);
                        }
                    }

                    if (IsHyphenated(t.Form))
                    {
                        Increment(hyphenWhole, lower);
                    }
                }
                else
                {
                    Increment(multiwordCounts, lower);
                    multiwordSplits.TryAdd(lower, t.Splits);
                }

                // a - b written without spaces: the treebank split a hyphenated word
                if (i + 2 < tokens.Count && tokens[i + 1].Form == "-" && !t.SpaceAfter && !tokens[i + 1].SpaceAfter
                    && char.IsLetterOrDigit(t.Form[^1]) && char.IsLetterOrDigit(tokens[i + 2].Form[0]))
                {
                    Increment(hyphenSplit, (t.Form + "-" + tokens[i + 2].Form).ToLowerInvariant());
                }
            }
        }

        var abbreviations = new SortedSet<string>(seed.Abbreviations, StringComparer.Ordinal);
        foreach (var (form, count) in abbreviationCounts)
        {
            bool shortCapital = char.IsUpper(form[0]) && form.Length <= 5;
            if (count >= 2 || shortCapital || IsLetterDotSequence(form))
            {
                abbreviations.Add(form);
            }
        }

        var nonFinal = new SortedSet<string>(seed.NonFinalAbbreviations, StringComparer.Ordinal);
        foreach (var (form, count) in abbreviationCounts)
        {
            int final = abbreviationFinal.GetValueOrDefault(form);
            if (count >= 3 && final * 5 < count)
            {
                nonFinal.Add(form);
            }
            else if (count >= 3 && final * 2 >= count)
            {
                nonFinal.Remove(form);
            }
        }

        var hyphenated = new SortedSet<string>(seed.HyphenatedWords, StringComparer.Ordinal);
        foreach (var (form, wholeCount) in hyphenWhole)
        {
            if (wholeCount > hyphenSplit.GetValueOrDefault(form))
            {
                hyphenated.Add(form);
            }
        }

        foreach (var (form, split) in hyphenSplit)
        {
            if (split > hyphenWhole.GetValueOrDefault(form))
            {
                hyphenated.Remove(form);
            }
        }

        // Prefixes (non-, anti-, re-) whose hyphenated words the treebank keeps whole far more often than it splits.
        var prefixWhole = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefixSplit = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, count) in hyphenWhole)
        {
            string prefix = form[..(form.IndexOf('-', StringComparison.Ordinal) + 1)];
            prefixWhole[prefix] = prefixWhole.GetValueOrDefault(prefix) + count;
        }

        foreach (var (form, count) in hyphenSplit)
        {
            string prefix = form[..(form.IndexOf('-', StringComparison.Ordinal) + 1)];
            prefixSplit[prefix] = prefixSplit.GetValueOrDefault(prefix) + count;
        }

        foreach (var (prefix, count) in prefixWhole)
        {
            if (count >= 3 && count > 4 * prefixSplit.GetValueOrDefault(prefix) && prefix.Length >= 2 && prefix[..^1].All(char.IsLetter))
            {
                hyphenated.Add(prefix);
            }
        }

        var multiwords = new SortedDictionary<string, ImmutableArray<int>>(StringComparer.Ordinal);
        foreach (var (form, splits) in seed.Multiwords)
        {
            multiwords[form] = splits;
        }

        foreach (var (form, count) in multiwordCounts)
        {
            if (count > plainCounts.GetValueOrDefault(form))
            {
                multiwords[form] = multiwordSplits[form];
            }
        }

        var interim = new TokenizerLexicon(abbreviations, hyphenated, multiwords, seed.WholeTokens, nonFinal);
        var tokenizer = new Tokenizer(interim);

        // Words the clitic rule would split but the treebank keeps whole more often than not: listed unsplit.
        foreach (var (form, plain) in plainCounts)
        {
            if (plain > multiwordCounts.GetValueOrDefault(form) && (form.Contains('\'', StringComparison.Ordinal) || form.Contains('’', StringComparison.Ordinal))
                && SplitsOnlyAsClitic(tokenizer, form))
            {
                multiwords[form] = [];
            }
        }

        var whole = new SortedSet<string>(seed.WholeTokens, StringComparer.Ordinal);
        foreach (var (form, count) in tokenCounts)
        {
            if (count >= 2 && form.Length > 1 && tokenizer.TokenRanges(form).Count > 1 && !IsHyphenated(form))
            {
                whole.Add(form);
            }
        }

        return new TokenizerLexicon(abbreviations, hyphenated, multiwords, whole, nonFinal);
    }

    private static bool SplitsOnlyAsClitic(Tokenizer tokenizer, string form)
    {
        var ranges = tokenizer.TokenRanges(form);
        return ranges.Count == 2 && ranges[0].Start == 0 && ranges[1].End == form.Length && form[ranges[1].Start] is '\'' or '’' or 'n' or 'N';
    }

    private static bool IsHyphenated(string form)
    {
        int hyphen = form.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen < form.Length - 1 && form.Any(char.IsLetterOrDigit) && char.IsLetterOrDigit(form[hyphen - 1]) && char.IsLetterOrDigit(form[hyphen + 1]);
    }

    private static bool IsLetterDotSequence(string form)
    {
        if (form.Length < 4)
        {
            return false;
        }

        for (int i = 0; i < form.Length; i++)
        {
            bool letterSlot = i % 2 == 0;
            if (letterSlot ? !char.IsLetter(form[i]) : form[i] != '.')
            {
                return false;
            }
        }

        return form.Length % 2 == 0;
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>The orthographic tokens of a gold sentence: multiword tokens once, with their word splits.</summary>
    private static List<GoldToken> GoldTokens(ConlluSentence sentence)
    {
        var result = new List<GoldToken>(sentence.Words.Length);
        var byFirst = sentence.MultiwordTokens.ToDictionary(m => m.First);
        for (int w = 0; w < sentence.Words.Length; w++)
        {
            var word = sentence.Words[w];
            if (byFirst.TryGetValue(word.Id, out var mwt))
            {
                int count = mwt.Last - mwt.First + 1;
                var parts = sentence.Words.Skip(w).Take(count).Select(p => p.Form).ToList();
                var splits = ImmutableArray<int>.Empty;
                if (string.Concat(parts) == mwt.Form)
                {
                    var b = ImmutableArray.CreateBuilder<int>();
                    int pos = 0;
                    foreach (string p in parts.Take(parts.Count - 1))
                    {
                        pos += p.Length;
                        b.Add(pos);
                    }

                    splits = b.ToImmutable();
                }

                result.Add(new GoldToken(mwt.Form, splits.IsEmpty ? default : splits, !mwt.NoSpaceAfter));
                w += count - 1;
            }
            else
            {
                result.Add(new GoldToken(word.Form, default, !word.NoSpaceAfter));
            }
        }

        return result;
    }

    /// <summary>Describes the lexicon's size for the model card.</summary>
    public static string Describe(TokenizerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{lexicon.Abbreviations.Count} abbreviations ({lexicon.NonFinalAbbreviations.Count} rarely final), ");
        sb.Append(CultureInfo.InvariantCulture, $"{lexicon.HyphenatedWords.Count} hyphenated words, {lexicon.Multiwords.Count} multiword entries, {lexicon.WholeTokens.Count} whole tokens");
        return sb.ToString();
    }

    private sealed record GoldToken(string Form, ImmutableArray<int> Splits, bool SpaceAfter);
}
