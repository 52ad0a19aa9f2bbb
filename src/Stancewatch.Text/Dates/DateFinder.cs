using System.Globalization;
using System.Text.RegularExpressions;

namespace Stancewatch.Text.Dates;

/// <summary>
/// Finds complete dates written in English text: "21 March 2022", "21st March, 2022", "March 21, 2022",
/// "Mar. 21, 2022", "2022-03-21" (optionally with a time), "21.03.2022" (day first). Dates without a year
/// ("on March 21") are incomplete and not returned.
/// </summary>
public sealed partial class DateFinder
{
    private const string Month =
        "(?<month>Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t|tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    /// <summary>All complete dates in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<DateMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        if (!YearPattern().IsMatch(text))
        {
            // Every complete date has a four-digit year; most texts without one are skipped cheaply.
            return found;
        }

        foreach (Match m in DatePattern().Matches(text))
        {
            if (TryBuild(m, out DateOnly date))
            {
                found.Add(new DateMention(date, new CharRange(m.Index, m.Index + m.Length)));
            }
        }

        return found;
    }

    /// <summary>Parses a date written in metadata: ISO 8601 (date or date-time), RFC 1123/822, or any form <see cref="FindAll"/> knows.</summary>
    public DateOnly? ParseMetadata(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string v = value.Trim();
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
        {
            return d;
        }

        if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out DateTimeOffset dto))
        {
            return DateOnly.FromDateTime(dto.DateTime);
        }

        Match iso = IsoPrefix().Match(v);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return d;
        }

        IReadOnlyList<DateMention> mentions = FindAll(v);
        return mentions.Count > 0 ? mentions[0].Date : null;
    }

    private static bool TryBuild(Match m, out DateOnly date)
    {
        date = default;
        int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        int month;
        if (m.Groups["month"].Success)
        {
            month = MonthNumber(m.Groups["month"].Value);
        }
        else
        {
            month = int.Parse(m.Groups["mnum"].Value, CultureInfo.InvariantCulture);
        }

        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name)
    {
        string key = name[..3].ToLowerInvariant();
        return key switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => 0,
        };
    }

    [GeneratedRegex(
        "\\b(?:(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s+of)?[\\s\\u00A0]+" + Month + ",?[\\s\\u00A0]+(?<year>(?:19|20)\\d\\d)\\b"
        + "|" + Month + "[\\s\\u00A0]+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?,?[\\s\\u00A0]+(?<year>(?:19|20)\\d\\d)\\b"
        + "|(?<year>(?:19|20)\\d\\d)-(?<mnum>[01]\\d)-(?<day>[0-3]\\d)(?![\\d-])"
        + "|(?<![\\d.])(?<day>[0-3]?\\d)\\.(?<mnum>[01]?\\d)\\.(?<year>(?:19|20)\\d\\d)\\b)",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex("(?:19|20)\\d\\d", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex("^\\d{4}-\\d{2}-\\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPrefix();
}
