using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Training.Evaluation;

/// <summary>
/// The CoNLL 2018 shared task evaluation (conll18_ud_eval.py, version 1.2) in C#: gold and system files are
/// compared on the concatenation of their token characters (whitespace of Unicode category Zs removed), which must
/// be equal. Tokens and sentences are scored as character spans; words are aligned by span, and inside
/// multiword spans by the longest common subsequence of lower-cased forms. UPOS, XPOS, UFeats (universal features
/// only), AllTags, Lemmas, UAS, LAS (deprel subtypes ignored), CLAS, MLAS and BLEX (content relations only) are
/// computed on aligned words. Stateless and thread-safe.
/// </summary>
public sealed class UdEvaluator
{
    private const int Root = -1;
    private const int NotAligned = -3;
    private const int GoldUnknownHead = -2;
    private const int SystemUnknownHead = -4;

    private static readonly FrozenSet<string> ContentDeprels = FrozenSet.ToFrozenSet(
    [
        "nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative", "expl", "dislocated", "advcl", "advmod",
        "discourse", "nmod", "appos", "nummod", "acl", "amod", "conj", "fixed", "flat", "compound", "list", "parataxis",
        "orphan", "goeswith", "reparandum", "root", "dep",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> FunctionalDeprels = FrozenSet.ToFrozenSet(
        ["aux", "cop", "mark", "det", "clf", "case", "cc"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> UniversalFeatures = FrozenSet.ToFrozenSet(
    [
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case", "Definite",
        "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person", "Polite",
    ], StringComparer.Ordinal);

    /// <summary>Scores <paramref name="system"/> against <paramref name="gold"/>.</summary>
    /// <exception cref="UdEvaluationException">The token characters differ, or a sentence is malformed.</exception>
    public UdEvaluation Evaluate(IReadOnlyList<ConlluSentence> gold, IReadOnlyList<ConlluSentence> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var g = Load(gold, "gold");
        var s = Load(system, "system");
        if (!string.Equals(g.Characters, s.Characters, StringComparison.Ordinal))
        {
            int index = 0;
            while (index < g.Characters.Length && index < s.Characters.Length && g.Characters[index] == s.Characters[index])
            {
                index++;
            }

            throw new UdEvaluationException(string.Format(
                CultureInfo.InvariantCulture,
                "the concatenation of tokens in gold file and in system file differ: first 20 differing characters in gold file: '{0}' and system file: '{1}'",
                Slice(g.Characters, index),
                Slice(s.Characters, index)));
        }

        int[] systemToGold = Align(g.Words, s.Words);
        var scores = ImmutableArray.CreateBuilder<UdScore>(13);
        scores.Add(SpansScore("Tokens", g.Tokens, s.Tokens));
        scores.Add(SpansScore("Sentences", g.Sentences, s.Sentences));
        scores.Add(AlignmentScore("Words", g, s, systemToGold, null, contentOnly: false));
        scores.Add(AlignmentScore("UPOS", g, s, systemToGold, (gw, sw) => gw.Upos == sw.Upos, false));
        scores.Add(AlignmentScore("XPOS", g, s, systemToGold, (gw, sw) => gw.Xpos == sw.Xpos, false));
        scores.Add(AlignmentScore("UFeats", g, s, systemToGold, (gw, sw) => gw.Feats == sw.Feats, false));
        scores.Add(AlignmentScore("AllTags", g, s, systemToGold, (gw, sw) => gw.Upos == sw.Upos && gw.Xpos == sw.Xpos && gw.Feats == sw.Feats, false));
        scores.Add(AlignmentScore("Lemmas", g, s, systemToGold, LemmaMatches, false));
        scores.Add(AlignmentScore("UAS", g, s, systemToGold, (gw, sw) => HeadMatches(gw, sw, systemToGold), false));
        scores.Add(AlignmentScore("LAS", g, s, systemToGold, (gw, sw) => HeadMatches(gw, sw, systemToGold) && gw.Deprel == sw.Deprel, false));
        scores.Add(AlignmentScore("CLAS", g, s, systemToGold, (gw, sw) => HeadMatches(gw, sw, systemToGold) && gw.Deprel == sw.Deprel, true));
        scores.Add(AlignmentScore(
            "MLAS",
            g,
            s,
            systemToGold,
            (gw, sw) => HeadMatches(gw, sw, systemToGold) && gw.Deprel == sw.Deprel && gw.Upos == sw.Upos && gw.Feats == sw.Feats
                        && FunctionalChildrenMatch(g.Words, gw, s.Words, sw, systemToGold),
            true));
        scores.Add(AlignmentScore("BLEX", g, s, systemToGold, (gw, sw) => HeadMatches(gw, sw, systemToGold) && gw.Deprel == sw.Deprel && LemmaMatches(gw, sw), true));
        return new UdEvaluation(scores.MoveToImmutable());
    }

    private static string Slice(string s, int index) => s.Substring(Math.Min(index, s.Length), Math.Min(20, s.Length - Math.Min(index, s.Length)));

    private static bool LemmaMatches(Word gold, Word system) => gold.Lemma == "_" || gold.Lemma == system.Lemma;

    private static bool HeadMatches(Word gold, Word system, int[] systemToGold) => gold.Parent == MapParent(system.Parent, systemToGold);

    private static int MapParent(int systemParent, int[] systemToGold) => systemParent switch
    {
        Root => Root,
        GoldUnknownHead => SystemUnknownHead,
        _ => systemToGold[systemParent] >= 0 ? systemToGold[systemParent] : NotAligned,
    };

    private static bool FunctionalChildrenMatch(List<Word> goldWords, Word gold, List<Word> systemWords, Word system, int[] systemToGold)
    {
        if (gold.FunctionalChildren.Count != system.FunctionalChildren.Count)
        {
            return false;
        }

        for (int i = 0; i < gold.FunctionalChildren.Count; i++)
        {
            int gc = gold.FunctionalChildren[i];
            int sc = system.FunctionalChildren[i];
            int mapped = systemToGold[sc] >= 0 ? systemToGold[sc] : NotAligned;
            var gcw = goldWords[gc];
            var scw = systemWords[sc];
            if (gc != mapped || gcw.Deprel != scw.Deprel || gcw.Upos != scw.Upos || gcw.Feats != scw.Feats)
            {
                return false;
            }
        }

        return true;
    }

    private static UdScore SpansScore(string metric, List<(int Start, int End)> gold, List<(int Start, int End)> system)
    {
        int correct = 0, gi = 0, si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (system[si].Start < gold[gi].Start)
            {
                si++;
            }
            else if (gold[gi].Start < system[si].Start)
            {
                gi++;
            }
            else
            {
                correct += gold[gi].End == system[si].End ? 1 : 0;
                si++;
                gi++;
            }
        }

        return new UdScore(metric, gold.Count, system.Count, correct, null);
    }

    private static UdScore AlignmentScore(string metric, Loaded gold, Loaded system, int[] systemToGold, Func<Word, Word, bool>? matches, bool contentOnly)
    {
        int goldTotal = contentOnly ? gold.Words.Count(w => w.IsContent) : gold.Words.Count;
        int systemTotal = contentOnly ? system.Words.Count(w => w.IsContent) : system.Words.Count;
        int aligned = 0, correct = 0;
        for (int si = 0; si < systemToGold.Length; si++)
        {
            int gi = systemToGold[si];
            if (gi < 0 || (contentOnly && !gold.Words[gi].IsContent))
            {
                continue;
            }

            aligned++;
            if (matches != null && matches(gold.Words[gi], system.Words[si]))
            {
                correct++;
            }
        }

        return matches is null
            ? new UdScore(metric, goldTotal, systemTotal, aligned, null)
            : new UdScore(metric, goldTotal, systemTotal, correct, aligned);
    }

    /// <summary>Aligns words as the official script does; returns for each system word its gold word or -1.</summary>
    private static int[] Align(List<Word> gold, List<Word> system)
    {
        int[] systemToGold = new int[system.Count];
        Array.Fill(systemToGold, -1);
        int gi = 0, si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (gold[gi].IsMultiword || system[si].IsMultiword)
            {
                var (gs, ss, ge, se) = FindMultiwordSpan(gold, system, gi, si);
                gi = ge;
                si = se;
                if (se > ss && ge > gs)
                {
                    AlignByLcs(gold, system, gs, ge, ss, se, systemToGold);
                }
            }
            else if (gold[gi].Start == system[si].Start && gold[gi].End == system[si].End)
            {
                systemToGold[si] = gi;
                gi++;
                si++;
            }
            else if (gold[gi].Start <= system[si].Start)
            {
                gi++;
            }
            else
            {
                si++;
            }
        }

        return systemToGold;
    }

    private static bool BeyondEnd(List<Word> words, int i, int multiwordSpanEnd)
    {
        if (i >= words.Count)
        {
            return true;
        }

        return words[i].IsMultiword ? words[i].Start >= multiwordSpanEnd : words[i].End > multiwordSpanEnd;
    }

    private static int ExtendEnd(Word word, int multiwordSpanEnd) =>
        word.IsMultiword && word.End > multiwordSpanEnd ? word.End : multiwordSpanEnd;

    private static (int Gs, int Ss, int Gi, int Si) FindMultiwordSpan(List<Word> gold, List<Word> system, int gi, int si)
    {
        int multiwordSpanEnd;
        if (gold[gi].IsMultiword)
        {
            multiwordSpanEnd = gold[gi].End;
            if (!system[si].IsMultiword && system[si].Start < gold[gi].Start)
            {
                si++;
            }
        }
        else
        {
            multiwordSpanEnd = system[si].End;
            if (!gold[gi].IsMultiword && gold[gi].Start < system[si].Start)
            {
                gi++;
            }
        }

        int gs = gi, ss = si;
        while (!BeyondEnd(gold, gi, multiwordSpanEnd) || !BeyondEnd(system, si, multiwordSpanEnd))
        {
            if (gi < gold.Count && (si >= system.Count || gold[gi].Start <= system[si].Start))
            {
                multiwordSpanEnd = ExtendEnd(gold[gi], multiwordSpanEnd);
                gi++;
            }
            else
            {
                multiwordSpanEnd = ExtendEnd(system[si], multiwordSpanEnd);
                si++;
            }
        }

        return (gs, ss, gi, si);
    }

    private static void AlignByLcs(List<Word> gold, List<Word> system, int gs, int ge, int ss, int se, int[] systemToGold)
    {
        int gn = ge - gs, sn = se - ss;
        var lcs = new int[gn + 1, sn + 1];
        for (int g = gn - 1; g >= 0; g--)
        {
            for (int s = sn - 1; s >= 0; s--)
            {
                int v = 0;
                if (gold[gs + g].LowerForm == system[ss + s].LowerForm)
                {
                    v = 1 + lcs[g + 1, s + 1];
                }

                v = Math.Max(v, lcs[g + 1, s]);
                v = Math.Max(v, lcs[g, s + 1]);
                lcs[g, s] = v;
            }
        }

        int gg = 0, sss = 0;
        while (gg < gn && sss < sn)
        {
            if (gold[gs + gg].LowerForm == system[ss + sss].LowerForm)
            {
                systemToGold[ss + sss] = gs + gg;
                gg++;
                sss++;
            }
            else if (lcs[gg, sss] == lcs[gg + 1, sss])
            {
                gg++;
            }
            else
            {
                sss++;
            }
        }
    }

    private static Loaded Load(IReadOnlyList<ConlluSentence> sentences, string name)
    {
        var characters = new StringBuilder();
        var tokens = new List<(int, int)>();
        var words = new List<Word>();
        var sentenceSpans = new List<(int, int)>();
        foreach (var sentence in sentences)
        {
            int sentenceStart = characters.Length;
            int firstWord = words.Count;
            var mwtByFirst = new Dictionary<int, ConlluMultiwordToken>();
            foreach (var m in sentence.MultiwordTokens)
            {
                mwtByFirst[m.First] = m;
            }

            for (int w = 0; w < sentence.Words.Length; w++)
            {
                if (mwtByFirst.TryGetValue(sentence.Words[w].Id, out var mwt))
                {
                    var span = AddToken(characters, tokens, mwt.Form, name, sentence);
                    int count = mwt.Last - mwt.First + 1;
                    for (int k = 0; k < count && w + k < sentence.Words.Length; k++)
                    {
                        words.Add(new Word(sentence.Words[w + k], span, true, firstWord));
                    }

                    w += count - 1;
                }
                else
                {
                    var span = AddToken(characters, tokens, sentence.Words[w].Form, name, sentence);
                    words.Add(new Word(sentence.Words[w], span, false, firstWord));
                }
            }

            int sentenceWords = words.Count - firstWord;
            for (int i = firstWord; i < words.Count; i++)
            {
                var word = words[i];
                if (word.Parent >= firstWord + sentenceWords)
                {
                    throw new UdEvaluationException($"{name} sentence {sentence.SentId ?? "?"}: HEAD of word '{word.Form}' points outside of the sentence");
                }
            }

            for (int i = firstWord; i < words.Count; i++)
            {
                var word = words[i];
                if (word.Parent >= 0 && FunctionalDeprels.Contains(word.Deprel))
                {
                    words[word.Parent].FunctionalChildren.Add(i);
                }
            }

            sentenceSpans.Add((sentenceStart, characters.Length));
        }

        return new Loaded(characters.ToString(), tokens, words, sentenceSpans);
    }

    private static (int Start, int End) AddToken(StringBuilder characters, List<(int, int)> tokens, string form, string name, ConlluSentence sentence)
    {
        int start = characters.Length;
        foreach (char c in form)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.SpaceSeparator)
            {
                characters.Append(c);
            }
        }

        if (characters.Length == start)
        {
            throw new UdEvaluationException($"{name} sentence {sentence.SentId ?? "?"}: there is an empty FORM");
        }

        tokens.Add((start, characters.Length));
        return (start, characters.Length);
    }

    private static string WithoutSpaces(string form)
    {
        var sb = new StringBuilder(form.Length);
        foreach (char c in form)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.SpaceSeparator)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string UniversalFeats(string feats)
    {
        if (feats.Length == 0 || feats == "_")
        {
            return string.Empty;
        }

        var kept = feats.Split('|').Where(f => UniversalFeatures.Contains(f.Split('=', 2)[0])).ToList();
        kept.Sort(StringComparer.Ordinal);
        return string.Join('|', kept);
    }

    private sealed record Loaded(string Characters, List<(int Start, int End)> Tokens, List<Word> Words, List<(int Start, int End)> Sentences);

    private sealed class Word
    {
        public Word(ConlluWord word, (int Start, int End) span, bool isMultiword, int sentenceFirstWord)
        {
            Start = span.Start;
            End = span.End;
            IsMultiword = isMultiword;
            Form = word.Form;
            LowerForm = WithoutSpaces(word.Form).ToLowerInvariant();
            Lemma = word.Lemma;
            Upos = word.Upos;
            Xpos = word.Xpos;
            Feats = UniversalFeats(word.Feats);
            Deprel = word.Deprel.Split(':')[0];
            Parent = word.Head switch
            {
                < 0 => GoldUnknownHead,
                0 => Root,
                _ => sentenceFirstWord + word.Head - 1,
            };
            IsContent = ContentDeprels.Contains(Deprel);
        }

        public int Start { get; }
        public int End { get; }
        public bool IsMultiword { get; }
        public string Form { get; }
        public string LowerForm { get; }
        public string Lemma { get; }
        public string Upos { get; }
        public string Xpos { get; }
        public string Feats { get; }
        public string Deprel { get; }
        public int Parent { get; }
        public bool IsContent { get; }
        public List<int> FunctionalChildren { get; } = [];
    }
}
