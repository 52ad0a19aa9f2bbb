using Stancewatch.Extraction;

namespace Stancewatch.Reporting;

/// <summary>
/// Where a finding sits in its document: the paragraph around it (cut to a window when very long), the evidence
/// sentence inside it, and the clause the record points at inside the sentence. All offsets index the document text.
/// </summary>
internal sealed record EvidenceContext(int Start, int End, int SentenceStart, int SentenceEnd, int ClauseStart, int ClauseEnd, bool CutBefore, bool CutAfter)
{
    /// <summary>
    /// Locates <paramref name="evidence"/> in <paramref name="text"/>; null when the offsets and the sentence cannot be
    /// found in the text (a document changed since the analysis, or no text given), in which case the sentence is shown alone.
    /// </summary>
    public static EvidenceContext? Locate(string? text, Evidence evidence, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        bool offsetsValid = evidence.Start >= 0 && evidence.End <= text.Length && evidence.Start <= evidence.End;
        int sentenceStart = -1;
        if (!string.IsNullOrEmpty(evidence.Text))
        {
            if (offsetsValid)
            {
                // The sentence must contain the clause: search from where it could start at the earliest.
                int from = Math.Max(0, evidence.End - evidence.Text.Length);
                int at = text.IndexOf(evidence.Text, from, StringComparison.Ordinal);
                sentenceStart = at >= 0 && at <= evidence.Start ? at : -1;
            }

            if (sentenceStart < 0)
            {
                sentenceStart = text.IndexOf(evidence.Text, StringComparison.Ordinal);
            }
        }

        int sentenceEnd;
        if (sentenceStart >= 0)
        {
            sentenceEnd = sentenceStart + evidence.Text.Length;
        }
        else if (offsetsValid && evidence.End > evidence.Start)
        {
            (sentenceStart, sentenceEnd) = (evidence.Start, evidence.End);
        }
        else
        {
            return null;
        }

        bool clauseInside = offsetsValid && evidence.Start >= sentenceStart && evidence.End <= sentenceEnd && evidence.End > evidence.Start;
        int clauseStart = clauseInside ? evidence.Start : sentenceStart;
        int clauseEnd = clauseInside ? evidence.End : sentenceEnd;

        var (start, end) = Paragraph(text, sentenceStart, sentenceEnd, "\n\n");
        if (end - start > maxLength)
        {
            (start, end) = Paragraph(text, sentenceStart, sentenceEnd, "\n");
        }

        bool cutBefore = false, cutAfter = false;
        if (end - start > maxLength)
        {
            int room = Math.Max(0, (maxLength - (sentenceEnd - sentenceStart)) / 2);
            int windowStart = SnapToSpace(text, Math.Max(start, sentenceStart - room), forward: true, limit: sentenceStart);
            int windowEnd = SnapToSpace(text, Math.Min(end, sentenceEnd + room), forward: false, limit: sentenceEnd);
            cutBefore = windowStart > start;
            cutAfter = windowEnd < end;
            (start, end) = (windowStart, windowEnd);
        }

        while (start < sentenceStart && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > sentenceEnd && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new EvidenceContext(start, end, sentenceStart, sentenceEnd, clauseStart, clauseEnd, cutBefore, cutAfter);
    }

    private static (int Start, int End) Paragraph(string text, int sentenceStart, int sentenceEnd, string separator)
    {
        int before = sentenceStart == 0 ? -1 : text.LastIndexOf(separator, sentenceStart - 1, StringComparison.Ordinal);
        int start = before < 0 ? 0 : before + separator.Length;
        int after = text.IndexOf(separator, sentenceEnd, StringComparison.Ordinal);
        int end = after < 0 ? text.Length : after;
        return (Math.Min(start, sentenceStart), Math.Max(end, sentenceEnd));
    }

    // Moves a cut to the nearest space so that no word is split, never past the sentence.
    private static int SnapToSpace(string text, int index, bool forward, int limit)
    {
        if (forward)
        {
            while (index < limit && !char.IsWhiteSpace(text[index]))
            {
                index++;
            }
        }
        else
        {
            while (index > limit && !char.IsWhiteSpace(text[index - 1]))
            {
                index--;
            }
        }

        return index;
    }
}
