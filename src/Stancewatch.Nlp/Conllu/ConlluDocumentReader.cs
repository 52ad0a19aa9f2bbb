using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Stancewatch.Nlp.Conllu;

/// <summary>
/// Builds annotated documents from CoNLL-U sentences (gold treebanks, or already tokenized input): a new document
/// at each <c># newdoc</c>; the text is rebuilt from the token forms and <c>SpaceAfter=No</c>, sentences joined by a
/// space and paragraphs (<c># newpar</c>) by a blank line, the way the UD raw-text files are made. Words of a
/// multiword token get their own ranges when their forms spell the token, otherwise the whole token's range.
/// </summary>
public static class ConlluDocumentReader
{
    /// <summary>Documents from the sentences of a CoNLL-U file.</summary>
    /// <param name="sentences">The sentences, in file order.</param>
    /// <param name="name">Name for ids of documents without a <c># newdoc id</c>.</param>
    /// <param name="layers">Which gold layers to keep; tokens and sentences are always kept.</param>
    public static IReadOnlyList<AnnotatedDocument> ToDocuments(
        IReadOnlyList<ConlluSentence> sentences,
        string name,
        AnnotationLayers layers = AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.Tags | AnnotationLayers.Lemmas | AnnotationLayers.Dependencies)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(name);
        var documents = new List<AnnotatedDocument>();
        int from = 0;
        for (int i = 1; i <= sentences.Count; i++)
        {
            if (i == sentences.Count || sentences[i].StartsDocument)
            {
                string id = DocumentId(sentences[from]) ?? $"{name}-{(documents.Count + 1).ToString(CultureInfo.InvariantCulture)}";
                documents.Add(ToDocument(sentences, from, i, id, layers));
                from = i;
            }
        }

        return documents;
    }

    /// <summary>The raw text of the sentences: what a tokenizer should be run on to be scored against them.</summary>
    public static string RawText(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var sb = new StringBuilder();
        foreach (var document in ToDocuments(sentences, "raw", AnnotationLayers.Tokens | AnnotationLayers.Sentences))
        {
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            sb.Append(document.Text);
        }

        return sb.ToString();
    }

    private static string? DocumentId(ConlluSentence sentence)
    {
        foreach (string c in sentence.Comments)
        {
            if (c.StartsWith("newdoc id", StringComparison.Ordinal))
            {
                int eq = c.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    return c[(eq + 1)..].Trim();
                }
            }
        }

        return null;
    }

    private static AnnotatedDocument ToDocument(IReadOnlyList<ConlluSentence> sentences, int from, int to, string id, AnnotationLayers layers)
    {
        var text = new StringBuilder();
        var starts = ImmutableArray.CreateBuilder<int>();
        var ends = ImmutableArray.CreateBuilder<int>();
        var forms = ImmutableArray.CreateBuilder<string>();
        var continues = ImmutableArray.CreateBuilder<bool>();
        var sentenceStarts = ImmutableArray.CreateBuilder<int>();
        var upos = ImmutableArray.CreateBuilder<string>();
        var xpos = ImmutableArray.CreateBuilder<string>();
        var feats = ImmutableArray.CreateBuilder<string>();
        var lemmas = ImmutableArray.CreateBuilder<string>();
        var heads = ImmutableArray.CreateBuilder<int>();
        var deprels = ImmutableArray.CreateBuilder<string>();
        bool anyMultiword = false;
        bool spaceBefore = false;
        for (int s = from; s < to; s++)
        {
            var sentence = sentences[s];
            if (s > from)
            {
                text.Append(sentence.StartsParagraph ? "\n\n" : spaceBefore ? " " : string.Empty);
            }

            int offset = starts.Count;
            sentenceStarts.Add(offset);
            var mwtByFirst = sentence.MultiwordTokens.ToDictionary(m => m.First);
            for (int w = 0; w < sentence.Words.Length; w++)
            {
                var word = sentence.Words[w];
                if (mwtByFirst.TryGetValue(word.Id, out var mwt))
                {
                    int count = mwt.Last - mwt.First + 1;
                    int tokenStart = text.Length;
                    text.Append(mwt.Form);
                    int tokenEnd = text.Length;
                    var parts = sentence.Words.Skip(w).Take(count).ToList();
                    bool spells = string.Concat(parts.Select(p => p.Form)) == mwt.Form;
                    int pos = tokenStart;
                    for (int k = 0; k < parts.Count; k++)
                    {
                        int end = spells ? pos + parts[k].Form.Length : tokenEnd;
                        starts.Add(spells ? pos : tokenStart);
                        ends.Add(end);
                        forms.Add(parts[k].Form);
                        continues.Add(k + 1 < parts.Count);
                        AddAnnotations(parts[k], offset);
                        pos = end;
                    }

                    anyMultiword = true;
                    spaceBefore = !mwt.NoSpaceAfter;
                    w += count - 1;
                }
                else
                {
                    starts.Add(text.Length);
                    text.Append(word.Form);
                    ends.Add(text.Length);
                    forms.Add(word.Form);
                    continues.Add(false);
                    AddAnnotations(word, offset);
                    spaceBefore = !word.NoSpaceAfter;
                }

                if (w + 1 < sentence.Words.Length && spaceBefore)
                {
                    text.Append(' ');
                }
            }
        }

        var doc = AnnotatedDocument.FromText(id, text.ToString())
            .WithTokens(starts.ToImmutable(), ends.ToImmutable(), forms.ToImmutable(), anyMultiword ? continues.ToImmutable() : null)
            .WithSentences(sentenceStarts.ToImmutable());
        if (layers.HasFlag(AnnotationLayers.Tags))
        {
            doc = doc.WithTags(upos.ToImmutable(), xpos.ToImmutable(), feats.ToImmutable());
        }

        if (layers.HasFlag(AnnotationLayers.Lemmas))
        {
            doc = doc.WithLemmas(lemmas.ToImmutable());
        }

        if (layers.HasFlag(AnnotationLayers.Dependencies))
        {
            doc = doc.WithDependencies(heads.ToImmutable(), deprels.ToImmutable());
        }

        return doc;

        void AddAnnotations(ConlluWord word, int sentenceOffset)
        {
            upos.Add(word.Upos);
            xpos.Add(word.Xpos);
            feats.Add(word.Feats);
            lemmas.Add(word.Lemma);
            heads.Add(word.Head <= 0 ? -1 : sentenceOffset + word.Head - 1);
            deprels.Add(word.Deprel);
        }
    }
}
