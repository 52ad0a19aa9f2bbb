namespace Stancewatch.Training.Entities;

/// <summary>
/// The documents of a list of entity sentences. A sentence named "file#doc-0003" (a CoNLL-U or IOB2 sent_id,
/// whose last dash separates the sentence number) belongs to "doc"; a sentence without a sent_id stands alone.
/// </summary>
public static class NerDocuments
{
    /// <summary>The document id of <paramref name="sentence"/>.</summary>
    public static string Of(NerSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int hash = sentence.Source.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return sentence.Source;
        }

        string id = sentence.Source[(hash + 1)..];
        int dash = id.LastIndexOf('-');
        return dash > 0 ? id[..dash] : id;
    }

    /// <summary>Runs of consecutive sentences of the same document, as (first sentence, sentence count).</summary>
    public static IReadOnlyList<(int First, int Count)> Runs(IReadOnlyList<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var runs = new List<(int, int)>();
        for (int i = 0; i < sentences.Count;)
        {
            string doc = Of(sentences[i]);
            int j = i + 1;
            while (j < sentences.Count && string.Equals(Of(sentences[j]), doc, StringComparison.Ordinal))
            {
                j++;
            }

            runs.Add((i, j - i));
            i = j;
        }

        return runs;
    }
}
