using System.Collections.Immutable;
using System.Globalization;

namespace Stancewatch.Nlp.Conllu;

/// <summary>Reads CoNLL-U files. Empty nodes (IDs like 8.1) are skipped; malformed lines throw with file and line.</summary>
public static class ConlluReader
{
    public static IReadOnlyList<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path).ToList();
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "<input>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var comments = ImmutableArray.CreateBuilder<string>();
        var words = ImmutableArray.CreateBuilder<ConlluWord>();
        var mwts = ImmutableArray.CreateBuilder<ConlluMultiwordToken>();
        string? sentId = null, text = null;
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(sentId, text, comments.ToImmutable(), words.ToImmutable(), mwts.ToImmutable());
                }

                comments.Clear();
                words.Clear();
                mwts.Clear();
                sentId = text = null;
                continue;
            }

            if (line[0] == '#')
            {
                string c = line[1..].Trim();
                comments.Add(c);
                if (c.StartsWith("sent_id =", StringComparison.Ordinal))
                {
                    sentId = c["sent_id =".Length..].Trim();
                }
                else if (c.StartsWith("text =", StringComparison.Ordinal))
                {
                    text = c["text =".Length..].Trim();
                }

                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 10)
            {
                throw new FormatException($"{name}:{lineNo}: expected 10 tab-separated fields, found {f.Length}");
            }

            if (f[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            int dash = f[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                mwts.Add(new ConlluMultiwordToken(ParseInt(f[0][..dash], name, lineNo), ParseInt(f[0][(dash + 1)..], name, lineNo), f[1], f[9]));
                continue;
            }

            int head = f[6] == "_" ? -1 : ParseInt(f[6], name, lineNo);
            words.Add(new ConlluWord(ParseInt(f[0], name, lineNo), f[1], f[2], f[3], f[4], f[5], head, f[7], f[9]));
        }

        if (words.Count > 0)
        {
            yield return new ConlluSentence(sentId, text, comments.ToImmutable(), words.ToImmutable(), mwts.ToImmutable());
        }
    }

    private static int ParseInt(string s, string name, int line) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int v)
            ? v
            : throw new FormatException($"{name}:{line}: '{s}' is not a number");
}
