using System.Collections.Immutable;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Training.Entities;

/// <summary>
/// Turns GUM's coreference annotation (CoNLL-U MISC <c>Entity=</c>, CorefUD bracket format:
/// <c>(eid-type-infstat-salience-centering-minspan-link-identity</c> opens a mention, <c>eid)</c> closes it, and
/// <c>(eid-type-...)</c> is a one-word mention) into named-entity mentions. A mention counts when its type is
/// person, place or organization (→ PER, LOC, ORG) and its syntactic head (the word whose head lies outside the
/// mention) is a proper noun. The span is then narrowed to the name around the head: the run of proper nouns,
/// joined by short connectors such as "of" or "&amp;" and taking in capitalised adjectives and nouns ("University of Oxford"), so that "the United States and its
/// allies" yields "United States". Of nested names the outermost wins, as in Universal NER.
/// </summary>
public static class GumEntityReader
{
    private static readonly Dictionary<string, string> TypeLabels = new(StringComparer.Ordinal)
    {
        ["person"] = "PER",
        ["place"] = "LOC",
        ["organization"] = "ORG",
    };

    /// <summary>Reads a GUM CoNLL-U file.</summary>
    /// <exception cref="FormatException">The CoNLL-U is malformed (file and line named).</exception>
    public static IReadOnlyList<NerSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads sentences from CoNLL-U text (two passes: place identities first).</summary>
    /// <exception cref="FormatException">The CoNLL-U is malformed (input and line named).</exception>
    public static IReadOnlyList<NerSentence> Read(TextReader reader, string name = "<input>")
    {
        var sentences = ConlluReader.Read(reader, name).ToList();
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in sentences.SelectMany(s => s.Words))
        {
            string? value = EntityValue(w.Misc);
            if (value is null)
            {
                continue;
            }

            foreach (var opener in value.Split('(').Skip(1))
            {
                var fields = opener.Split(')')[0].Split('-');
                if (fields.Length > 7 && string.Equals(fields[1], "place", StringComparison.Ordinal))
                {
                    places.Add(string.Join('-', fields[7..]));
                }
            }
        }

        return [.. sentences.Select((s, i) => Convert(s, $"{name}#{s.SentId ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}", places))];
    }

    /// <summary>The named-entity mentions of one CoNLL-U sentence.</summary>
    /// <param name="sentence">The CoNLL-U sentence.</param>
    /// <param name="source">Name of the sentence in messages.</param>
    /// <param name="places">Identities (GUM's Wikipedia-style names) that the file also annotates as a place: an
    /// organization mention of one of them is a government named by its country ("North Korea said"), which
    /// Universal NER labels LOC.</param>
    public static NerSentence Convert(ConlluSentence sentence, string source, IReadOnlySet<string>? places = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        var mentions = new List<(int Start, int End, string Type, string Identity)>();
        var open = new List<(string Eid, int Start, string Type, string Identity)>();
        for (int i = 0; i < words.Length; i++)
        {
            string? value = EntityValue(words[i].Misc);
            if (value is null)
            {
                continue;
            }

            int p = 0;
            while (p < value.Length)
            {
                char c = value[p];
                if (c == '(')
                {
                    int q = p + 1;
                    while (q < value.Length && value[q] != '(' && value[q] != ')')
                    {
                        q++;
                    }

                    var fields = value[(p + 1)..q].Split('-');
                    string eid = fields[0];
                    string type = fields.Length > 1 ? fields[1] : "";
                    string identity = fields.Length > 7 ? string.Join('-', fields[7..]) : "";
                    if (q < value.Length && value[q] == ')')
                    {
                        mentions.Add((i, i + 1, type, identity));
                        q++;
                    }
                    else
                    {
                        open.Add((eid, i, type, identity));
                    }

                    p = q;
                }
                else if (char.IsAsciiDigit(c))
                {
                    int q = p;
                    while (q < value.Length && value[q] != ')' && value[q] != '(')
                    {
                        q++;
                    }

                    string eid = value[p..q];
                    int k = open.FindLastIndex(o => string.Equals(o.Eid, eid, StringComparison.Ordinal));
                    if (k >= 0)
                    {
                        mentions.Add((open[k].Start, i + 1, open[k].Type, open[k].Identity));
                        open.RemoveAt(k);
                    }

                    p = q < value.Length && value[q] == ')' ? q + 1 : q;
                }
                else
                {
                    p++;
                }
            }
        }

        var candidates = new List<EntityMention>();
        foreach (var (start, end, type, identity) in mentions)
        {
            if (!TypeLabels.TryGetValue(type, out string? label))
            {
                continue;
            }

            if (string.Equals(label, "ORG", StringComparison.Ordinal) && identity.Length > 0 && places is not null && places.Contains(identity))
            {
                label = "LOC";
            }

            int head = HeadOf(words, start, end);
            if (head < 0 || !string.Equals(words[head].Upos, "PROPN", StringComparison.Ordinal))
            {
                continue;
            }

            var (first, last) = NameAround(words, start, end, head);
            while (string.Equals(label, "PER", StringComparison.Ordinal) && last - first > 1 && IsTitle(words[first].Form))
            {
                first++;
            }

            if (string.Equals(label, "PER", StringComparison.Ordinal) && IsGroupOrTitle(words, first, last))
            {
                continue;
            }

            candidates.Add(new EntityMention(first, last, label));
        }

        var chosen = new List<EntityMention>();
        foreach (var m in candidates.OrderByDescending(m => m.EndToken - m.FirstToken).ThenBy(m => m.FirstToken))
        {
            if (!chosen.Any(c => c.FirstToken < m.EndToken && m.FirstToken < c.EndToken))
            {
                chosen.Add(m);
            }
        }

        return new NerSentence(
            source,
            [.. words.Select(w => w.Form)],
            [.. chosen.OrderBy(m => m.FirstToken)]);
    }

    private static string? EntityValue(string misc)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part.StartsWith("Entity=", StringComparison.Ordinal))
            {
                return part["Entity=".Length..];
            }
        }

        return null;
    }

    private static int HeadOf(ImmutableArray<ConlluWord> words, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            int head = words[i].Head; // 1-based word id, 0 = root
            int headIndex = IndexOfId(words, head);
            if (headIndex < start || headIndex >= end)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfId(ImmutableArray<ConlluWord> words, int id)
    {
        if (id <= 0)
        {
            return -1;
        }

        int guess = id - 1;
        if (guess < words.Length && words[guess].Id == id)
        {
            return guess;
        }

        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static (int First, int End) NameAround(ImmutableArray<ConlluWord> words, int start, int end, int head)
    {
        int first = head;
        int last = head;
        while (true)
        {
            int next = Extend(words, first, -1, start, end);
            if (next == first)
            {
                break;
            }

            first = next;
        }

        while (true)
        {
            int next = Extend(words, last, +1, start, end);
            if (next == last)
            {
                break;
            }

            last = next;
        }

        return (first, last + 1);
    }

    /// <summary>The next proper noun from <paramref name="from"/> in direction <paramref name="step"/>, over at most two connectors.</summary>
    private static int Extend(ImmutableArray<ConlluWord> words, int from, int step, int start, int end)
    {
        for (int k = 1, i = from + step; k <= 3 && i >= start && i < end; k++, i += step)
        {
            if (IsNameWord(words[i]))
            {
                return i;
            }

            if (!IsConnector(words[i]))
            {
                break;
            }
        }

        return from;
    }

    // XPOS NNP also covers name words GUM tags by their syntax: "United" (VERB) States, "New" (ADJ) York.
    private static bool IsNameWord(ConlluWord w) =>
        string.Equals(w.Upos, "PROPN", StringComparison.Ordinal)
        || w.Xpos.StartsWith("NNP", StringComparison.Ordinal)
        || (w.Form.Length > 0 && char.IsUpper(w.Form[0]) && w.Upos is "ADJ" or "NOUN" or "NUM");

    // Universal NER leaves a bare title ("the President") and a plural group ("Americans", "Muslims") unlabelled.
    private static bool IsGroupOrTitle(ImmutableArray<ConlluWord> words, int first, int last) =>
        Enumerable.Range(first, last - first).All(i => IsTitle(words[i].Form))
        || (last - first == 1 && string.Equals(words[first].Xpos, "NNPS", StringComparison.Ordinal));

    /// <summary>Honorifics and titles that Universal NER leaves outside a person's name.</summary>
    private static bool IsTitle(string form) =>
        form.TrimEnd('.').ToLowerInvariant() is "mr" or "mrs" or "ms" or "miss" or "dr" or "drs" or "prof" or "professor"
            or "sir" or "dame" or "lord" or "lady" or "president" or "vice" or "senator" or "sen" or "governor" or "gov"
            or "rep" or "representative" or "king" or "queen" or "prince" or "princess" or "pope" or "general" or "gen"
            or "captain" or "capt" or "colonel" or "col" or "lt" or "sgt" or "judge" or "justice" or "chancellor"
            or "minister" or "prime" or "premier" or "secretary" or "mayor" or "rev" or "reverend" or "father"
            or "bishop" or "archbishop" or "chairman" or "ceo" or "chief" or "emperor" or "empress" or "sheikh" or "saint" or "st"
            or "uncle" or "aunt" or "coach" or "officer" or "agent" or "detective" or "ambassador" or "commissioner";

    private static bool IsConnector(ConlluWord w) =>
        w.Form is "of" or "&" or "'s" or "-" or "de" or "du" or "la" or "the" or "for" or "on" or "." or "'";
}
