using System.Text;
using Stancewatch.Text.Reading;

namespace Stancewatch.Text.Tests.Reading;

/// <summary>Serves pages from a dictionary; an unknown URL fails like a 404.</summary>
public sealed class FakeFetcher(Dictionary<string, string> pages) : IPageFetcher
{
    public List<Uri> Requested { get; } = [];

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        Requested.Add(url);
        if (!pages.TryGetValue(url.ToString(), out string? html))
        {
            throw new InputException(url.ToString(), "HTTP 404 Not Found");
        }

        return Task.FromResult(new FetchedPage(url, Encoding.UTF8.GetBytes(html), "text/html", "utf-8"));
    }
}
