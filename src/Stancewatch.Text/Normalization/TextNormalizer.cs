using System.Text;

namespace Stancewatch.Text.Normalization;

/// <summary>
/// Makes the stored text that every evidence offset refers to: Unicode NFC; line ends as "\n"; control
/// characters other than tab and newline removed (as are zero-width and byte-order marks); trailing spaces on
/// each line and blank lines at both ends trimmed; runs of three or more newlines collapsed to a blank line.
/// Typographic quotes, dashes and no-break spaces are kept as they are (NFC leaves them; NFKC would not).
/// </summary>
public sealed class TextNormalizer
{
    /// <summary>Creates the normaliser.</summary>
    /// <exception cref="InvalidOperationException">Unicode normalisation does not work in this process (invariant globalization, or no ICU).</exception>
    public TextNormalizer()
    {
        if (!string.Equals("e\u0301".Normalize(NormalizationForm.FormC), "\u00e9", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                "Unicode NFC normalisation is unavailable: the process runs with InvariantGlobalization or without ICU (install libicu)");
        }
    }

    /// <summary>Normalises <paramref name="text"/>.</summary>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        int newlines = 0;
        int lineStart = 0;
        for (int i = 0; i < nfc.Length; i++)
        {
            char c = nfc[i];
            if (c == '\r')
            {
                if (i + 1 < nfc.Length && nfc[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c is '\u2028' or '\u2029')
            {
                c = '\n';
            }

            if (c == '\n')
            {
                TrimTrailingSpaces(sb, lineStart);
                if (sb.Length == 0)
                {
                    continue;
                }

                newlines++;
                if (newlines <= 2)
                {
                    sb.Append('\n');
                }

                lineStart = sb.Length;
                continue;
            }

            if (IsDropped(c))
            {
                continue;
            }

            newlines = 0;
            sb.Append(c);
        }

        TrimTrailingSpaces(sb, lineStart);
        while (sb.Length > 0 && sb[^1] == '\n')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static bool IsDropped(char c) =>
        (char.IsControl(c) && c != '\t') || c is '\uFEFF' or '\u200B' or '\u00AD' or '\uFFFE';

    private static void TrimTrailingSpaces(StringBuilder sb, int lineStart)
    {
        while (sb.Length > lineStart && sb[^1] is ' ' or '\t')
        {
            sb.Length--;
        }
    }
}
