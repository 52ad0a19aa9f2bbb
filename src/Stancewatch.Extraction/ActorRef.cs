namespace Stancewatch.Extraction;

/// <summary>
/// An actor as it appears in a record: code (ISO alpha-3, an IGO code, or MEDIA), sector, canonical name of
/// the person or body where known, and the words that named it.
/// </summary>
public sealed record ActorRef(string Code, string? Sector = null, string? Name = null, string? Text = null)
{
    /// <summary>The article's own voice or a non-state commentator.</summary>
    public static ActorRef Media { get; } = new("MEDIA");
}
