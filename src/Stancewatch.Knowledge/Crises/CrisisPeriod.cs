namespace Stancewatch.Knowledge.Crises;

/// <summary>The period a crisis covers; <see cref="To"/> is null while it goes on.</summary>
public sealed record CrisisPeriod(DateOnly From, DateOnly? To)
{
    /// <summary>True when <paramref name="date"/> falls inside the period.</summary>
    public bool Contains(DateOnly date) => date >= From && (To is null || date <= To.Value);
}
