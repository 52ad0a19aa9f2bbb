namespace Stancewatch.Knowledge.Actors;

/// <summary>An inclusive date range; a null end means "to this day", a null start "since before our records".</summary>
public readonly record struct DateRange(DateOnly? From, DateOnly? To)
{
    /// <summary>True when <paramref name="date"/> falls in the range (a role ending on a day still holds that day).</summary>
    public bool Contains(DateOnly date) => (From is null || From.Value <= date) && (To is null || date <= To.Value);

    /// <summary>True when the two ranges share more than a boundary day (a hand-over day is not an overlap).</summary>
    public bool Overlaps(DateRange other)
    {
        var aFrom = From ?? DateOnly.MinValue;
        var aTo = To ?? DateOnly.MaxValue;
        var bFrom = other.From ?? DateOnly.MinValue;
        var bTo = other.To ?? DateOnly.MaxValue;
        return aFrom < bTo && bFrom < aTo;
    }

    public override string ToString() =>
        $"{From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}–{To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""}";
}
