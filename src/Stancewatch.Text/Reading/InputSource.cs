namespace Stancewatch.Text.Reading;

/// <summary>
/// One input, loaded and decoded: its origin (path or URL as given), raw bytes, the decoded text and the
/// encoding it was decoded from. Readers see only this, never the file system or the network directly.
/// </summary>
public sealed record InputSource
{
    /// <summary>The path or URL as given by the user (or the link of a fetched feed item).</summary>
    public required string Origin { get; init; }

    /// <summary>The URL the content came from, when it came from the web.</summary>
    public Uri? Url { get; init; }

    /// <summary>The raw bytes.</summary>
    public required ReadOnlyMemory<byte> Raw { get; init; }

    /// <summary>The decoded text (not yet normalised).</summary>
    public required string Text { get; init; }

    /// <summary>The encoding the text was decoded from (utf-8, utf-16le, utf-16be, windows-1251, windows-1252).</summary>
    public required string Encoding { get; init; }

    /// <summary>The media type the server announced, if any (e.g. text/html).</summary>
    public string? MediaType { get; init; }

    /// <summary>The file extension of the origin, lower case with the dot ("" when none).</summary>
    public string Extension
    {
        get
        {
            string path = Url?.AbsolutePath ?? Origin;
            return Path.GetExtension(path).ToLowerInvariant();
        }
    }
}
