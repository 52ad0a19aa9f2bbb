namespace Stancewatch.Text.Reading;

/// <summary>A page fetched from the web.</summary>
/// <param name="Url">The final URL after redirects.</param>
/// <param name="Bytes">The body.</param>
/// <param name="MediaType">The Content-Type media type, if any (e.g. text/html).</param>
/// <param name="CharSet">The Content-Type charset, if any.</param>
public sealed record FetchedPage(Uri Url, byte[] Bytes, string? MediaType, string? CharSet);
