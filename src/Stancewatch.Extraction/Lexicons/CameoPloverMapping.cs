namespace Stancewatch.Extraction.Lexicons;

/// <summary>The PLOVER event, mode and context that a CAMEO code maps to.</summary>
public sealed record CameoPloverMapping(string Cameo, PloverEvent Type, string? Mode, string? Context);
