using Stancewatch.Text;

namespace Stancewatch.Extraction;

/// <summary>
/// What extraction needs to know about a document besides its annotations: its id (the evidence's doc), its
/// publication date (the anchor of relative dates and the year of bare dates), and a fallback date (e.g. the
/// crisis period's start) used when the document has no date.
/// </summary>
public sealed record ExtractionContext(string DocumentId, DateOnly? Published = null, DateOnly? FallbackDate = null)
{
    /// <summary>The date that anchors relative and bare dates: the publication date, else the fallback.</summary>
    public DateOnly? Anchor => Published ?? FallbackDate;

    /// <summary>The context of a stored document.</summary>
    public static ExtractionContext From(SourceDocument document, DateOnly? fallbackDate = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ExtractionContext(document.Id, document.Published, fallbackDate);
    }
}
