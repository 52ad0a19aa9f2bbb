using Stancewatch.Text.Dates;
using Stancewatch.Text.Normalization;

namespace Stancewatch.Text.Reading;

/// <summary>
/// Turns a reader's <see cref="DocumentDraft"/> into a <see cref="SourceDocument"/>: normalises the text and the
/// metadata, derives the id from the normalised text, and infers the publication date from the text when the
/// metadata has none (marking it inferred).
/// </summary>
public sealed class DocumentFactory
{
    private readonly TextNormalizer normalizer;
    private readonly PublicationDateInferrer inferrer;

    /// <summary>Creates the factory.</summary>
    public DocumentFactory(TextNormalizer normalizer, PublicationDateInferrer inferrer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(inferrer);
        this.normalizer = normalizer;
        this.inferrer = inferrer;
    }

    /// <summary>A factory with the default normaliser and date inference.</summary>
    public static DocumentFactory CreateDefault() => new(new TextNormalizer(), new PublicationDateInferrer(new DateFinder()));

    /// <summary>Builds the document.</summary>
    /// <exception cref="InputException">The draft has no text after normalisation.</exception>
    public SourceDocument Create(DocumentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        string text = normalizer.Normalize(draft.Text);
        if (text.Length == 0 || !text.Any(char.IsLetterOrDigit))
        {
            throw new InputException(draft.Origin, "no text");
        }

        DateOnly? published = draft.Published;
        bool inferred = false;
        if (published is null)
        {
            published = inferrer.Infer(text);
            inferred = published is not null;
        }

        return new SourceDocument
        {
            Id = DocumentId.FromText(text),
            Origin = draft.Origin,
            Text = text,
            Url = Clean(draft.Url),
            Title = Clean(draft.Title),
            Publisher = Clean(draft.Publisher),
            Language = Clean(draft.Language)?.ToLowerInvariant(),
            Published = published,
            PublishedInferred = inferred,
            Format = draft.Format,
        };
    }

    private string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return normalizer.Normalize(value).Replace('\n', ' ');
    }
}
