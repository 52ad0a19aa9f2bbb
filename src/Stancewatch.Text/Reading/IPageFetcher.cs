namespace Stancewatch.Text.Reading;

/// <summary>Fetches web pages for URL inputs and for feed items that carry only a summary.</summary>
public interface IPageFetcher
{
    /// <summary>Fetches <paramref name="url"/>.</summary>
    /// <exception cref="InputException">The page could not be fetched (status, timeout, size); the message says which.</exception>
    Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken);
}
