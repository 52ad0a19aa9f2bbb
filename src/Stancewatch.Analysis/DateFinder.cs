using System.Globalization;
using System.Text.RegularExpressions;

namespace Stancewatch.Analysis;

/// <summary>
/// Finds the date a sentence fixes ("on February 25", "25 February 2022", "Oct. 2", "March 17"); a bare day and month
/// takes its year from the document's date or else the crisis period's first year.
/// </summary>
public sealed class DateFinder
{
    private static readonly Regex MonthDay = new(
        @"\b(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{2}))?" +
        @"|\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?:,?\s+(?<y>(?:19|20)\d{2}))?",
        RegexOptions.CultureInvariant);

    /// <summary>The first complete date in <paramref name="text"/>, or null.</summary>
    public DateOnly? Find(string text, int defaultYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in MonthDay.Matches(text))
        {
            int month = Month(m.Groups["m"].Value);
            int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : defaultYear;
            if (month > 0 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    private static int Month(string name) => name[..3] switch
    {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => 0,
    };
}
