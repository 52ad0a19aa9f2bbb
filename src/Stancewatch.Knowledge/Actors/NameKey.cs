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
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text.Normalize(NormalizationForm.FormD))
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
}
