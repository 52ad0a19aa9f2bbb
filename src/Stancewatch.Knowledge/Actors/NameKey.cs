using System.Globalization;
using System.Text;

namespace Stancewatch.Knowledge.Actors;

/// <summary>
/// The lookup key of a name: lower case, diacritics folded (Erdoğan → erdogan), typographic apostrophes and
/// dashes made plain, whitespace collapsed, a leading "the " dropped.
/// </summary>
public static class NameKey
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainLower(text))
        {
            return text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;
        }

        var sb = new StringBuilder(text.Length);
        bool space = false;
        bool ascii = true;
        foreach (char c in text)
        {
            ascii &= c < 128;
        }

        foreach (char raw in ascii ? text : text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char c = raw switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
                'ı' => 'i',
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        var key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    // Lower-case ASCII letters, digits and single inner spaces or hyphens: already a key (the common case for tokens).
    private static bool IsPlainLower(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ')
        {
            return text.Length == 0;
        }

        char prev = 'a';
        foreach (char c in text)
        {
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' || (c == ' ' && prev != ' ');
            if (!ok)
            {
                return false;
            }

            prev = c;
        }

        return true;
    }
}
