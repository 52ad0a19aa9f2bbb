namespace Stancewatch.Knowledge.Actors;

/// <summary>A dated office held by a person, for a country or organisation, with its source.</summary>
public sealed record Role(string PersonId, string Actor, Sector Sector, RoleKind Kind, string Title, DateRange Dates, string Source, string? Note = null);
