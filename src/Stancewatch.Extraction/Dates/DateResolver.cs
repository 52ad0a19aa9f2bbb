using System.Collections.Immutable;
using System.Globalization;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Dates;

/// <summary>
/// Finds date expressions and resolves them: absolute ("February 26", "26 Feb 2022", "2022-02-26"), deictic
/// ("today", "yesterday", "last week", "on Monday") against the anchor (publication date), and anaphoric ("the day
/// after", "a day earlier", "two days later") against the nearest date mentioned before them in the text, else the
/// anchor. A bare date takes the anchor's year, or the year before when it would fall more than a week after the anchor.
/// </summary>
public sealed class DateResolver
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["several"] = -1, ["few"] = -1,
    };

    /// <summary>
    /// Resolves every date expression of <paramref name="document"/>. <paramref name="anchor"/> is the publication date;
    /// <paramref name="fallback"/> (e.g. the crisis period's start) gives only the year of bare dates when there is none.
    /// </summary>
    public DateResolution Resolve(AnnotatedDocument document, DateOnly? anchor, DateOnly? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var forms = document.Forms;
        int n = document.TokenCount;
        var result = ImmutableArray.CreateBuilder<DateMention>();
        DateOnly? last = null;
        for (int i = 0; i < n; i++)
        {
            var m = Match(document, i, anchor, fallback, last);
            if (m is { } found)
            {
                var mention = found with { HeadToken = HeadOf(document, found.FirstToken, found.EndToken) };
                result.Add(mention);
                last = mention.Date;
                i = mention.EndToken - 1;
            }
        }

        return new DateResolution(result.ToImmutable());

        static int HeadOf(AnnotatedDocument d, int first, int end)
        {
            if (!d.Has(AnnotationLayers.Dependencies))
            {
                return first;
            }

            for (int t = first; t < end; t++)
            {
                int h = d.Heads[t];
                if (h < first || h >= end)
                {
                    return t;
                }
            }

            return first;
        }
    }

    private static DateMention? Match(AnnotatedDocument d, int i, DateOnly? anchor, DateOnly? fallback, DateOnly? last)
    {
        var f = d.Forms;
        int n = d.TokenCount;
        string w = f[i];
        string Next(int k) => i + k < n ? f[i + k] : "";

        // ISO date in one token.
        if (w.Length == 10 && DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return new DateMention(i, i + 1, i, iso, false);
        }

        // Month Day [,] [Year]   (also "Feb." split as "Feb" ".")
        if (Months.TryGetValue(w.TrimEnd('.'), out int month) && char.IsUpper(w[0]))
        {
            int k = 1;
            if (Next(k) == ".")
            {
                k++;
            }

            if (Day(Next(k)) is int day)
            {
                int end = i + k + 1;
                int? year = null;
                if (end < n && f[end] == "," && end + 1 < n && Year(f[end + 1]) is int y1)
                {
                    year = y1;
                    end += 2;
                }
                else if (end < n && Year(f[end]) is int y2)
                {
                    year = y2;
                    end += 1;
                }

                return Make(i, end, year, month, day, anchor, fallback);
            }
        }

        // Day Month [Year]
        if (Day(w) is int d2 && Months.TryGetValue(Next(1).TrimEnd('.'), out int m2) && Next(1).Length > 0 && char.IsUpper(Next(1)[0]))
        {
            int end = i + 2;
            int? year = null;
            if (end < n && Year(f[end]) is int y3)
            {
                year = y3;
                end++;
            }

            return Make(i, end, year, m2, d2, anchor, fallback);
        }

        string lw = w.ToLowerInvariant();
        if (anchor is { } a)
        {
            switch (lw)
            {
                case "today":
                    return new DateMention(i, i + 1, i, a, true);
                case "yesterday":
                    return new DateMention(i, i + 1, i, a.AddDays(-1), true);
                case "tomorrow":
                    return new DateMention(i, i + 1, i, a.AddDays(1), true);
            }

            if (Weekdays.TryGetValue(w, out var dow) && char.IsUpper(w[0]))
            {
                int back = ((int)a.DayOfWeek - (int)dow + 7) % 7;
                return new DateMention(i, i + 1, i, a.AddDays(-back), true);
            }

            if (lw == "last" && Next(1).Equals("week", StringComparison.OrdinalIgnoreCase))
            {
                return new DateMention(i, i + 2, i + 1, a.AddDays(-7), true);
            }
        }

        // "the day after/before", "the next/following/previous day", "a day earlier/later", "two days later"
        var reference = last ?? anchor;
        if (reference is { } r)
        {
            if (lw == "the" && Next(1).Equals("day", StringComparison.OrdinalIgnoreCase))
            {
                string after = Next(2).ToLowerInvariant();
                if (after is "after" or "before")
                {
                    return new DateMention(i, i + 3, i + 1, r.AddDays(after == "after" ? 1 : -1), true);
                }
            }

            if (lw == "the" && Next(2).Equals("day", StringComparison.OrdinalIgnoreCase))
            {
                string which = Next(1).ToLowerInvariant();
                if (which is "next" or "following" or "previous")
                {
                    return new DateMention(i, i + 3, i + 2, r.AddDays(which == "previous" ? -1 : 1), true);
                }
            }

            if (Numbers.TryGetValue(lw, out int count) && count > 0 || int.TryParse(lw, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is > 0 and < 60)
            {
                string unit = Next(1).ToLowerInvariant();
                string dir = Next(2).ToLowerInvariant();
                int days = unit is "day" or "days" ? 1 : unit is "week" or "weeks" ? 7 : 0;
                if (days > 0 && dir is "earlier" or "before" or "ago" or "later" or "after")
                {
                    int sign = dir is "later" or "after" ? 1 : -1;
                    var from = dir == "ago" ? anchor ?? r : r;
                    return new DateMention(i, i + 3, i + 1, from.AddDays(sign * days * count), true);
                }
            }
        }

        return null;
    }

    private static DateMention? Make(int first, int end, int? year, int month, int day, DateOnly? anchor, DateOnly? fallback)
    {
        int y;
        if (year is int given)
        {
            y = given;
        }
        else if (anchor is { } a)
        {
            y = a.Year;
            if (day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day) > a.AddDays(7))
            {
                y--;
            }
        }
        else if (fallback is { } fb)
        {
            y = fb.Year;
        }
        else
        {
            return null;
        }

        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        return new DateMention(first, end, first, new DateOnly(y, month, day), false);
    }

    private static int? Day(string s)
    {
        string t = s.EndsWith("st", StringComparison.Ordinal) || s.EndsWith("nd", StringComparison.Ordinal) || s.EndsWith("rd", StringComparison.Ordinal) || s.EndsWith("th", StringComparison.Ordinal) ? s[..^2] : s;
        return t.Length is 1 or 2 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31 ? d : null;
    }

    private static int? Year(string s) =>
        s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100 ? y : null;
}
