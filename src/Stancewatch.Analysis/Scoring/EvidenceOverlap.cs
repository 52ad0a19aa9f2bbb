using System.Globalization;
using System.Text;

namespace Stancewatch.Analysis.Scoring;

/// <summary>
/// The evidence rule of ../shared/tools/score_findings.py: two spans overlap when, after NFC normalisation,
/// lower-casing and splitting into words, one word string contains the other or they share at least 60% of the
/// shorter one's distinct words. Word characters and lower-casing follow Python's <c>re</c> <c>\w</c> and
/// <c>str.lower()</c> (letters, numbers and '_' are word characters; combining marks are not; 'İ' lowers to
/// "i\u0307"; a capital sigma at the end of a word lowers to 'ς').
/// </summary>
public static class EvidenceOverlap
{
    /// <summary>True when the two evidence texts overlap by the scorer's rule.</summary>
    public static bool Overlaps(string? predicted, string? gold)
    {
        string p = string.Join(' ', Words(predicted));
        string g = string.Join(' ', Words(gold));
        if (p.Length == 0 || g.Length == 0)
        {
            return false;
        }

        if (p.Contains(g, StringComparison.Ordinal) || g.Contains(p, StringComparison.Ordinal))
        {
            return true;
        }

        var pw = new HashSet<string>(p.Split(' '), StringComparer.Ordinal);
        var gw = new HashSet<string>(g.Split(' '), StringComparer.Ordinal);
        int shared = pw.Count(gw.Contains);
        return shared >= 0.6 * Math.Min(pw.Count, gw.Count);
    }

    /// <summary>The words of <paramref name="text"/> as Python's <c>re.findall(r"\w+", nfc(text).lower())</c> gives them.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        string lowered = PythonLower((text ?? "").Normalize(NormalizationForm.FormC));
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in lowered.EnumerateRunes())
        {
            if (IsWord(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Python's <c>\w</c> on str patterns: str.isalnum() (letters and numbers of every category) or '_'.</summary>
    private static bool IsWord(Rune r) =>
        r.Value == '_' || Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };

    /// <summary>Python's full lower-casing: the simple mapping, plus the two context-free and final-sigma special cases it applies.</summary>
    private static string PythonLower(string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < runes.Length; i++)
        {
            var r = runes[i];
            if (r.Value == 0x0130)
            {
                sb.Append("i\u0307");
            }
            else if (r.Value == 0x03A3)
            {
                sb.Append(IsFinalSigma(runes, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                sb.Append(Rune.ToLowerInvariant(r).ToString());
            }
        }

        return sb.ToString();
    }

    // CPython's handle_capital_sigma: cased letter, case-ignorables, Σ, and no cased letter after the case-ignorables.
    private static bool IsFinalSigma(Rune[] runes, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(runes[j]))
        {
            j--;
        }

        if (j < 0 || !IsCased(runes[j]))
        {
            return false;
        }

        j = i + 1;
        while (j < runes.Length && IsCaseIgnorable(runes[j]))
        {
            j++;
        }

        return j == runes.Length || !IsCased(runes[j]);
    }

    private static bool IsCased(Rune r) =>
        Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        || Rune.ToLowerInvariant(r) != r || Rune.ToUpperInvariant(r) != r;

    private static bool IsCaseIgnorable(Rune r) =>
        Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || r.Value is '\'' or '.' or ':' or '^' or '`' or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019 or 0x2024
            or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
}
