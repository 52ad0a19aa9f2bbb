using System.Globalization;
using System.Text;

namespace Stancewatch.Nlp.Conllu;

/// <summary>
/// Writes annotated documents as CoNLL-U: <c># newdoc</c>, <c># newpar</c> (after a blank line in the text),
/// <c># sent_id</c> and <c># text</c> comments, one line per word, a range line for each multiword token, and
/// <c>SpaceAfter=No</c> where the next token follows without whitespace. Layers the document lacks are written as "_".
/// </summary>
public static class ConlluWriter
{
    /// <summary>Writes <paramref name="documents"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<AnnotatedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            Write(writer, document);
        }
    }

    /// <summary>The CoNLL-U text of <paramref name="documents"/>.</summary>
    public static string ToConllu(IEnumerable<AnnotatedDocument> documents)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, documents);
        return writer.ToString();
    }

    /// <summary>Writes one document (its sentences; a document without sentences is written as one sentence).</summary>
    public static void Write(TextWriter writer, AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        if (document.TokenCount == 0)
        {
            return;
        }

        var sentenceStarts = document.Has(AnnotationLayers.Sentences) && document.SentenceCount > 0 ? document.SentenceStarts : [0];
        var line = new StringBuilder(128);
        string text = document.Text;
        for (int s = 0; s < sentenceStarts.Length; s++)
        {
            int first = sentenceStarts[s];
            int end = s + 1 < sentenceStarts.Length ? sentenceStarts[s + 1] : document.TokenCount;
            if (end <= first)
            {
                continue;
            }

            if (s == 0)
            {
                writer.Write("# newdoc id = ");
                writer.Write(document.Id);
                writer.Write('\n');
            }

            if (s == 0 || IsParagraphBreak(text, document.TokenEnds[first - 1], document.TokenStarts[first]))
            {
                writer.Write("# newpar\n");
            }

            writer.Write("# sent_id = ");
            writer.Write(document.Id);
            writer.Write('-');
            writer.Write((s + 1).ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
            writer.Write("# text = ");
            writer.Write(OneLine(text[document.TokenStarts[first]..MaxEnd(document, first, end)]));
            writer.Write('\n');
            for (int t = first; t < end; t++)
            {
                int last = t;
                while (last + 1 < end && document.ContinuesMultiword(last))
                {
                    last++;
                }

                if (last > t)
                {
                    int mwtEnd = MaxEnd(document, t, last + 1);
                    line.Clear();
                    line.Append(t - first + 1).Append('-').Append(last - first + 1).Append('\t')
                        .Append(Clean(text[document.TokenStarts[t]..mwtEnd]))
                        .Append("\t_\t_\t_\t_\t_\t_\t_\t")
                        .Append(SpaceAfter(document, last, mwtEnd) ? "_" : "SpaceAfter=No");
                    writer.Write(line.Append('\n'));
                }

                for (int w = t; w <= last; w++)
                {
                    WriteWord(writer, line, document, first, w, misc: last > t || SpaceAfter(document, w, document.TokenEnds[w]) ? "_" : "SpaceAfter=No");
                }

                t = last;
            }

            writer.Write('\n');
        }
    }

    private static void WriteWord(TextWriter writer, StringBuilder line, AnnotatedDocument d, int first, int w, string misc)
    {
        bool tags = d.Has(AnnotationLayers.Tags);
        bool deps = d.Has(AnnotationLayers.Dependencies);
        line.Clear();
        line.Append(w - first + 1).Append('\t')
            .Append(Clean(d.Forms[w])).Append('\t')
            .Append(d.Has(AnnotationLayers.Lemmas) ? Clean(d.Lemmas[w]) : "_").Append('\t')
            .Append(tags ? Field(d.Upos[w]) : "_").Append('\t')
            .Append(tags ? Field(d.Xpos[w]) : "_").Append('\t')
            .Append(tags ? Field(d.Feats[w]) : "_").Append('\t');
        if (deps)
        {
            int head = d.Heads[w];
            line.Append(head < 0 ? 0 : head - first + 1).Append('\t').Append(Field(d.Deprels[w]));
        }
        else
        {
            line.Append("_\t_");
        }

        line.Append("\t_\t").Append(misc).Append('\n');
        writer.Write(line);
    }

    private static int MaxEnd(AnnotatedDocument d, int first, int end)
    {
        int max = d.TokenEnds[first];
        for (int i = first + 1; i < end; i++)
        {
            max = Math.Max(max, d.TokenEnds[i]);
        }

        return max;
    }

    private static bool SpaceAfter(AnnotatedDocument d, int token, int end) =>
        token + 1 >= d.TokenCount || d.TokenStarts[token + 1] > end;

    private static bool IsParagraphBreak(string text, int from, int to)
    {
        int newlines = 0;
        for (int i = from; i < to; i++)
        {
            if (text[i] == '\n' && ++newlines >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static string Field(string? value) => string.IsNullOrEmpty(value) ? "_" : Clean(value);

    private static string Clean(string value) =>
        value.Length == 0 ? "_" : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static string OneLine(string value)
    {
        var sb = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value)
        {
            if (c is '\n' or '\r' or '\t')
            {
                if (!space)
                {
                    sb.Append(' ');
                }

                space = true;
            }
            else
            {
                sb.Append(c);
                space = c == ' ';
            }
        }

        return sb.ToString();
    }
}
