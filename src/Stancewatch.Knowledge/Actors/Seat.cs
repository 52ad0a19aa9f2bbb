namespace Stancewatch.Knowledge.Actors;

/// <summary>A seat of government or institution standing for a country ("the Kremlin", "Capitol Hill" for the legislature).</summary>
public sealed record Seat(string Name, Sector Sector);
