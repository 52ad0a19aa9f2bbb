using Stancewatch.Text.Reading;

namespace Stancewatch.Text.Tests.Reading;

internal static class ReadAll
{
    public static async Task<List<ReadResult>> FromAsync(InputReader reader, string input)
    {
        var list = new List<ReadResult>();
        await foreach (ReadResult r in reader.ReadAsync(input, TestContext.Current.CancellationToken))
        {
            list.Add(r);
        }

        return list;
    }

    public static InputReader Reader(IPageFetcher? fetcher = null, long maxBytes = InputReaderOptions.DefaultMaxBytes) =>
        InputReader.CreateDefault(fetcher, new InputReaderOptions { MaxBytes = maxBytes });
}
