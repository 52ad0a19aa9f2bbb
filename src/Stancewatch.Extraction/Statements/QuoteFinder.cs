using Stancewatch.Text;

namespace Stancewatch.Extraction.Statements;

/// <summary>
/// Finds direct quotations in a text: typographic (“…”) and straight ("…") quotes. A quote left open at the end of a
/// paragraph continues when the next paragraph opens with a quotation mark (the newspaper convention for quotes of
/// several paragraphs); otherwise it ends with its paragraph. A stray opening mark inside an open quote is ignored.
/// </summary>
public static class QuoteFinder
{
    /// <summary>The quotes of <paramref name="text"/>, marks included, in text order.</summary>
    public static IReadOnlyList<CharRange> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<CharRange>();
        int open = -1;
        bool straight = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (open < 0)
            {
                if (c == '“' || c == '"' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    open = i;
                    straight = c == '"';
                }

                continue;
            }

            if (c == '\n')
            {
                int j = i;
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                if (j < text.Length && (text[j] == '“' || straight && text[j] == '"'))
                {
                    i = j;
                    continue;
                }

                result.Add(new CharRange(open, TrimEnd(text, i)));
                open = -1;
                continue;
            }

            if (c == '”' && !straight || c == '"' && straight)
            {
                result.Add(new CharRange(open, i + 1));
                open = -1;
            }
        }

        if (open >= 0)
        {
            result.Add(new CharRange(open, TrimEnd(text, text.Length)));
        }

        return result;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
