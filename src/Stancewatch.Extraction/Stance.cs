namespace Stancewatch.Extraction;

/// <summary>A government's position toward a crisis, from most to least favourable to the acting party.</summary>
public enum Stance
{
    SUPPORT,
    UNDERSTANDING,
    NEUTRAL,
    CONCERN,
    OPPOSE,
}
