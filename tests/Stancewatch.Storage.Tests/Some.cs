using Stancewatch.Storage;
using Stancewatch.Text;
using Stancewatch.Text.Duplicates;

namespace Stancewatch.Storage.Tests;

/// <summary>Test values: documents with our own sentences.</summary>
internal static class Some
{
    public static readonly DateTimeOffset Now = new(2022, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public static SourceDocument Document(string text, DateOnly? published = null, bool inferred = false) => new()
    {
        Id = DocumentId.FromText(text),
        Origin = "test/" + DocumentId.FromText(text) + ".txt",
        Text = text,
        Url = "https://news.example.org/" + DocumentId.FromText(text),
        Title = "Title of " + text[..Math.Min(10, text.Length)],
        Publisher = "news.example.org",
        Language = "en",
        Published = published,
        PublishedInferred = inferred,
        Format = "text",
    };

    public static NewDocument New(string text, string? duplicateOf = null, DateOnly? published = null)
    {
        var detector = new NearDuplicateDetector();
        MinHashSignature signature = detector.Sign(text);
        return new NewDocument
        {
            Document = Document(text, published),
            Raw = System.Text.Encoding.UTF8.GetBytes(text),
            RawEncoding = "utf-8",
            DuplicateOf = duplicateOf,
            AddedAt = Now,
            Signature = signature,
            BandKeys = detector.BandKeys(signature),
        };
    }

    public static string LongText(int seed) =>
        string.Join(' ', Enumerable.Range(0, 60).Select(i => "word" + ((i * 7919) + (seed * 104729)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
