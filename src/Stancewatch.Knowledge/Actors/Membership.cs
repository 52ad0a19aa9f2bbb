namespace Stancewatch.Knowledge.Actors;

/// <summary>A state's membership of an organisation over a date range.</summary>
public sealed record Membership(string Member, DateRange Dates);
