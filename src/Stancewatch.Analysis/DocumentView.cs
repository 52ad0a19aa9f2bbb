using System.Collections.Immutable;
using Stancewatch.Extraction;
using Stancewatch.Text;

namespace Stancewatch.Analysis;

/// <summary>
/// A document prepared for the analysis: sentences with their paragraphs and mentions, and the quotation regions
/// of the text (a quote left open at a paragraph end continues when the next paragraph opens one).
/// </summary>
public sealed class DocumentView
{
    private DocumentView(DocumentRecords records, ImmutableArray<SentenceView> sentences, ImmutableArray<CharRange> quotes)
    {
        Records = records;
        Sentences = sentences;
        Quotes = quotes;
    }

    public DocumentRecords Records { get; }
    public string Id => Records.Source.Id;
    public string Text => Records.Source.Text;
    public ImmutableArray<SentenceView> Sentences { get; }

    /// <summary>Quotation regions, the marks included.</summary>
    public ImmutableArray<CharRange> Quotes { get; }

    /// <summary>Builds the view; the annotated document must have tokens and sentences.</summary>
    public static DocumentView Create(DocumentRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var doc = records.Annotated;
        string text = doc.Text;
        var mentions = records.Mentions.OrderBy(m => m.Range.Start).ToImmutableArray();
        var b = ImmutableArray.CreateBuilder<SentenceView>(doc.SentenceCount);
        int paragraph = 0, previousEnd = 0, m = 0;
        for (int i = 0; i < doc.SentenceCount; i++)
        {
            var s = doc.Sentence(i);
            if (s.TokenCount == 0)
            {
                continue;
            }

            int start = s.Start, end = s.End;
            if (i > 0 && HasParagraphBreak(text, previousEnd, start))
            {
                paragraph++;
            }

            while (m < mentions.Length && mentions[m].Range.Start < start)
            {
                m++;
            }

            int k = m;
            var inside = ImmutableArray.CreateBuilder<Extraction.Actors.ActorMention>();
            while (k < mentions.Length && mentions[k].Range.Start < end)
            {
                inside.Add(mentions[k]);
                k++;
            }

            b.Add(new SentenceView(i, start, end, text[start..end], paragraph, inside.ToImmutable()));
            previousEnd = end;
        }

        return new DocumentView(records, b.ToImmutable(), FindQuotes(text));
    }

    /// <summary>The evidence record of a whole sentence.</summary>
    public Evidence EvidenceOf(SentenceView sentence) => new(Id, sentence.Index, sentence.Start, sentence.End, sentence.Text);

    /// <summary>The quotation region containing <paramref name="offset"/>, if any.</summary>
    public CharRange? QuoteAt(int offset)
    {
        foreach (var q in Quotes)
        {
            if (q.Start <= offset && offset < q.End)
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>
    /// True for a headline that repeats the document's title (one of the first sentences whose words are nearly all in
    /// the title): it restates the article's findings and is not counted again.
    /// </summary>
    public bool IsHeadline(SentenceView sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        string? title = Records.Source.Title;
        if (title is null || Sentences.IndexOf(sentence) > 2)
        {
            return false;
        }

        var titleWords = Words(title).ToHashSet(StringComparer.Ordinal);
        var words = Words(sentence.Text).ToList();
        return words.Count > 0 && words.Count(titleWords.Contains) >= 0.8 * words.Count;
    }

    private static IEnumerable<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"\w+").Select(m => m.Value);

    /// <summary>Position of the sentence with document sentence index <paramref name="index"/> in <see cref="Sentences"/>.</summary>
    public int PositionOf(int index)
    {
        for (int i = 0; i < Sentences.Length; i++)
        {
            if (Sentences[i].Index == index)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasParagraphBreak(string text, int from, int to)
    {
        int newlines = 0;
        for (int i = from; i < to && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                newlines++;
            }
        }

        return newlines >= 1;
    }

    private static ImmutableArray<CharRange> FindQuotes(string text)
    {
        var b = ImmutableArray.CreateBuilder<CharRange>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' && open >= 0 && i + 1 < text.Length && text[i + 1] == '\n')
            {
                // A paragraph ends an open quote; a continued quote re-opens with the next paragraph's mark.
                b.Add(new CharRange(open, i));
                open = -1;
                continue;
            }

            bool mark = c is '“' or '”' or '"' or '«' or '»';
            if (!mark)
            {
                continue;
            }

            if (open < 0 && c is not '»')
            {
                open = i;
            }
            else if (open >= 0 && c is not '«')
            {
                b.Add(new CharRange(open, i + 1));
                open = -1;
            }
        }

        if (open >= 0)
        {
            b.Add(new CharRange(open, text.Length));
        }

        return b.ToImmutable();
    }
}
