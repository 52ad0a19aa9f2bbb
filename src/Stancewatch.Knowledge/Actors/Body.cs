namespace Stancewatch.Knowledge.Actors;

/// <summary>
/// A named institution of a state ("Federation Council", "Majlisi Milli", "foreign ministry"): its sector, the role
/// kind of its chair, and the state (null when the body's name is generic and needs a country in the text).
/// </summary>
public sealed record Body(string Name, string? Actor, Sector Sector, RoleKind? ChairRole, string Source);
