using Stancewatch.Nlp.Learning;

namespace Stancewatch.Nlp.Entities;

/// <summary>
/// The features of each token for <see cref="EntityRecognizer"/>: the word, its lower-cased form, shape,
/// prefixes and suffixes, the words and shapes around it, the capitalisation pattern of the window and of the
/// sentence, the position in the sentence, the proper-noun and gazetteer classes of the word and its neighbours
/// (<see cref="WordLexicon"/>) and, when the document has them, part-of-speech tags.
/// Features are strings; the label is conjoined by the model.
/// </summary>
public sealed class EntityFeatureExtractor
{
    private readonly WordLexicon _properNouns;
    private readonly WordLexicon _gazetteer;
    private readonly bool _useTags;
    private readonly WordLexicon _clusters;
    private readonly PhraseLexicon _names;

    /// <summary>
    /// Creates an extractor over the lexicons; <paramref name="useTags"/> adds UPOS features, <paramref name="clusters"/>
    /// word-cluster features and <paramref name="names"/> known-name features.
    /// </summary>
    public EntityFeatureExtractor(WordLexicon properNouns, WordLexicon gazetteer, bool useTags, WordLexicon? clusters = null, PhraseLexicon? names = null)
    {
        ArgumentNullException.ThrowIfNull(properNouns);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _properNouns = properNouns;
        _gazetteer = gazetteer;
        _useTags = useTags;
        _clusters = clusters ?? WordLexicon.Empty;
        _names = names ?? PhraseLexicon.Empty;
    }

    /// <summary>True when the extractor uses UPOS tags.</summary>
    public bool UsesTags => _useTags;

    /// <summary>The lexicon key of a word form: lower-cased, digits replaced by 0.</summary>
    public static string Key(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Normalise(form.ToLowerInvariant());
    }

    /// <summary>Hashed features (<see cref="FeatureHash.Of"/>) of every token of one sentence.</summary>
    /// <param name="forms">The sentence's word forms.</param>
    /// <param name="upos">UPOS tags, or null; used only when the extractor uses tags.</param>
    public ulong[][] Extract(IReadOnlyList<string> forms, IReadOnlyList<string>? upos = null) =>
        [.. ExtractStrings(forms, upos).Select(fs => fs.Select(f => FeatureHash.Of(f)).ToArray())];

    /// <summary>Features of every token of one sentence, as readable strings.</summary>
    /// <param name="forms">The sentence's word forms.</param>
    /// <param name="upos">UPOS tags, or null; used only when the extractor uses tags.</param>
    public string[][] ExtractStrings(IReadOnlyList<string> forms, IReadOnlyList<string>? upos = null)
    {
        ArgumentNullException.ThrowIfNull(forms);
        int n = forms.Count;
        var lower = new string[n];
        var shape = new string[n];
        var cap = new char[n];
        var propn = new string[n];
        var gaz = new string[n];
        var cluster = new string[n];
        int capitalised = 0, lowerInitial = 0, allCaps = 0;
        for (int i = 0; i < n; i++)
        {
            string w = forms[i];
            lower[i] = Normalise(w.ToLowerInvariant());
            shape[i] = WordShape.Short(w);
            cap[i] = CapClass(w);
            propn[i] = _properNouns.ClassOf(lower[i]) ?? "-";
            gaz[i] = _gazetteer.ClassOf(lower[i]) ?? "-";
            cluster[i] = _clusters.ClassOf(lower[i]) ?? "-";
            if (w.Length > 1 && char.IsLetter(w[0]))
            {
                if (char.IsUpper(w[0]))
                {
                    capitalised++;
                    if (w.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                    {
                        allCaps++;
                    }
                }
                else
                {
                    lowerInitial++;
                }
            }
        }

        string caseStyle = allCaps > 2 && allCaps * 2 > capitalised + lowerInitial ? "U"
            : capitalised <= 1 ? "l"
            : capitalised * 2 > capitalised + lowerInitial ? "T"
            : "m";
        bool tags = _useTags && upos is not null && upos.Count == n;
        var known = _names.Match(lower);

        // Runs of capitalised (or, in lower-case text, proper-noun-like) words: a name's last word often tells its
        // type ("... Motorsports", "... University"), which the token window alone misses in longer names.
        var runStart = new int[n];
        var runEnd = new int[n];
        for (int i = 0; i < n;)
        {
            if (!InName(i))
            {
                runStart[i] = runEnd[i] = -1;
                i++;
                continue;
            }

            int j = i + 1;
            while (j < n && InName(j))
            {
                j++;
            }

            for (int k = i; k < j; k++)
            {
                runStart[k] = i;
                runEnd[k] = j;
            }

            i = j;
        }

        bool InName(int i) => cap[i] is 'C' or 'A' || propn[i].StartsWith("p4", StringComparison.Ordinal) || propn[i].StartsWith("p3", StringComparison.Ordinal);
        var result = new string[n][];
        var f = new List<string>(64);
        for (int i = 0; i < n; i++)
        {
            f.Clear();
            string w = forms[i];
            string lw = lower[i];
            f.Add("b");
            f.Add("w=" + w);
            f.Add("lw=" + lw);
            f.Add("sh=" + shape[i]);
            f.Add("lsh=" + WordShape.Long(w));
            for (int k = 1; k <= 3 && k <= lw.Length; k++)
            {
                f.Add("p" + k.ToString(System.Globalization.CultureInfo.InvariantCulture) + "=" + lw[..k]);
            }

            for (int k = 1; k <= 4 && k <= lw.Length; k++)
            {
                f.Add("s" + k.ToString(System.Globalization.CultureInfo.InvariantCulture) + "=" + lw[^k..]);
            }

            string prev = i > 0 ? lower[i - 1] : "<s>";
            string next = i + 1 < n ? lower[i + 1] : "</s>";
            string prev2 = i > 1 ? lower[i - 2] : "<s>";
            string next2 = i + 2 < n ? lower[i + 2] : "</s>";
            f.Add("w-1=" + prev);
            f.Add("w+1=" + next);
            f.Add("w-2=" + prev2);
            f.Add("w+2=" + next2);
            f.Add("w-1w=" + prev + "|" + lw);
            f.Add("ww+1=" + lw + "|" + next);
            f.Add("sh-1=" + (i > 0 ? shape[i - 1] : "<s>"));
            f.Add("sh+1=" + (i + 1 < n ? shape[i + 1] : "</s>"));
            char cPrev = i > 0 ? cap[i - 1] : '^';
            char cNext = i + 1 < n ? cap[i + 1] : '$';
            f.Add("cap=" + cPrev + cap[i] + cNext);
            f.Add("capc=" + caseStyle + cap[i]);
            f.Add("capcw=" + caseStyle + cPrev + cap[i] + cNext);
            f.Add("first=" + (i == 0 ? "1" : "0") + cap[i]);
            f.Add("pn=" + propn[i]);
            f.Add("pnc=" + propn[i] + caseStyle + cap[i]);
            f.Add("pn-1=" + (i > 0 ? propn[i - 1] : "<s>"));
            f.Add("pn+1=" + (i + 1 < n ? propn[i + 1] : "</s>"));
            f.Add("pnw=" + (i > 0 ? propn[i - 1] : "<s>") + propn[i] + (i + 1 < n ? propn[i + 1] : "</s>"));
            f.Add("gz=" + gaz[i]);
            f.Add("gz-1=" + (i > 0 ? gaz[i - 1] : "<s>"));
            f.Add("gz+1=" + (i + 1 < n ? gaz[i + 1] : "</s>"));
            f.Add("gzc=" + gaz[i] + cap[i]);
            if (runStart[i] >= 0)
            {
                int a = runStart[i], e = runEnd[i];
                string len = Math.Min(e - a, 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
                f.Add("rl=" + lower[e - 1]);
                f.Add("rf=" + lower[a]);
                f.Add("rlen=" + len + (i == a ? "B" : i == e - 1 ? "L" : "I"));
                f.Add("rp=" + (a > 0 ? lower[a - 1] : "<s>"));
                f.Add("rn=" + (e < n ? lower[e] : "</s>"));
            }

            if (_clusters.Count > 0)
            {
                string cPrev2 = i > 0 ? cluster[i - 1] : "<s>";
                string cNext2 = i + 1 < n ? cluster[i + 1] : "</s>";
                f.Add("cl=" + cluster[i]);
                f.Add("clc=" + cluster[i] + cap[i]);
                f.Add("cl-1=" + cPrev2);
                f.Add("cl+1=" + cNext2);
                f.Add("cl-1w=" + cPrev2 + "|" + cluster[i]);
                f.Add("clw+1=" + cluster[i] + "|" + cNext2);
            }

            if (known[i] is { } name)
            {
                f.Add("nm=" + name);
                f.Add("nmc=" + name + cap[i]);
            }

            if (tags)
            {
                f.Add("t=" + upos![i]);
                f.Add("t-1=" + (i > 0 ? upos[i - 1] : "<s>"));
                f.Add("t+1=" + (i + 1 < n ? upos[i + 1] : "</s>"));
                f.Add("tw=" + upos[i] + "|" + cap[i]);
            }

            result[i] = [.. f];
        }

        return result;
    }

    private static string Normalise(string lower)
    {
        if (!lower.Any(char.IsDigit))
        {
            return lower;
        }

        return string.Create(lower.Length, lower, (span, s) =>
        {
            for (int i = 0; i < s.Length; i++)
            {
                span[i] = char.IsDigit(s[i]) ? '0' : s[i];
            }
        });
    }

    /// <summary>A: all capitals, C: capitalised, l: lower-case letter first, d: digit, p: other.</summary>
    private static char CapClass(string w)
    {
        if (w.Length == 0)
        {
            return 'p';
        }

        char c = w[0];
        if (char.IsUpper(c))
        {
            return w.Length > 1 && w.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)) ? 'A' : 'C';
        }

        return char.IsLetter(c) ? 'l' : char.IsDigit(c) ? 'd' : 'p';
    }
}
