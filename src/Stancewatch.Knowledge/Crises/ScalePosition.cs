namespace Stancewatch.Knowledge.Crises;

/// <summary>
/// A place on the stance scale as written in a crisis profile, from most to least favourable to the acting party.
/// Mirrors Extraction's <c>Stance</c> by name; Knowledge sits below Extraction and cannot reference it.
/// </summary>
public enum ScalePosition
{
    SUPPORT,
    UNDERSTANDING,
    NEUTRAL,
    CONCERN,
    OPPOSE,
}
