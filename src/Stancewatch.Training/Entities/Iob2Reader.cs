using System.Collections.Immutable;
using Stancewatch.Nlp;

namespace Stancewatch.Training.Entities;

/// <summary>
/// Reads the Universal NER IOB2 format: one token a line (index, token, tag, annotator; tab-separated),
/// '#' comments, a blank line after each sentence. An I- tag that does not continue an entity of the same
/// type starts a new one (the conlleval convention). A malformed line throws <see cref="FormatException"/>
/// naming the input and line.
/// </summary>
public static class Iob2Reader
{
    /// <summary>Reads a file.</summary>
    /// <exception cref="FormatException">A line has fewer than three columns or an unknown tag.</exception>
    public static IReadOnlyList<NerSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path)).ToList();
    }

    /// <summary>Reads sentences from <paramref name="reader"/>; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="FormatException">A line has fewer than three columns or an unknown tag.</exception>
    public static IEnumerable<NerSentence> Read(TextReader reader, string name = "<input>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var forms = ImmutableArray.CreateBuilder<string>();
        var entities = ImmutableArray.CreateBuilder<EntityMention>();
        string? sentId = null;
        int firstLine = 1;
        int openStart = -1;
        string? openLabel = null;
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0 || line.Trim().Length == 0)
            {
                if (forms.Count > 0)
                {
                    yield return Finish();
                }

                firstLine = lineNo + 1;
                continue;
            }

            if (line[0] == '#')
            {
                string c = line[1..].Trim();
                if (c.StartsWith("sent_id =", StringComparison.Ordinal))
                {
                    sentId = c["sent_id =".Length..].Trim();
                }

                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 3)
            {
                throw new FormatException($"{name}:{lineNo}: expected at least 3 tab-separated columns (index, token, tag), found {f.Length}");
            }

            string tag = f[2];
            int token = forms.Count;
            forms.Add(f[1]);
            if (tag == "O")
            {
                Close(token);
            }
            else if (tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-')
            {
                string label = tag[2..];
                if (tag[0] == 'B' || openLabel is null || !string.Equals(openLabel, label, StringComparison.Ordinal))
                {
                    Close(token);
                    openStart = token;
                    openLabel = label;
                }
            }
            else
            {
                throw new FormatException($"{name}:{lineNo}: tag '{tag}' is not O, B-TYPE or I-TYPE");
            }
        }

        if (forms.Count > 0)
        {
            yield return Finish();
        }

        void Close(int end)
        {
            if (openLabel is not null)
            {
                entities.Add(new EntityMention(openStart, end, openLabel));
            }

            openLabel = null;
            openStart = -1;
        }

        NerSentence Finish()
        {
            Close(forms.Count);
            var s = new NerSentence(sentId is null ? $"{name}:{firstLine}" : $"{name}#{sentId}", forms.ToImmutable(), entities.ToImmutable());
            forms.Clear();
            entities.Clear();
            sentId = null;
            return s;
        }
    }
}
