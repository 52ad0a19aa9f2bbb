using Stancewatch.Testing;
using Stancewatch.Text.Reading;

namespace Stancewatch.Text.Tests.Reading;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public async Task Read_OneDocumentPerLine_AndABadLineFailsAlone()
    {
        using var dir = new TempFolder();
        string path = dir.Write("docs.jsonl", string.Join('\n',
            """{"id":"a1","url":"https://tass.com/politics/1","title":"First","publisher":"tass.com","published":"2022-03-01","text":"The first statement was short."}""",
            """this line is not JSON""",
            "",
            """{"title":"No text here"}""",
            """{"text":"The second statement, with a “quote”.","published":"2022-03-02T09:00:00Z"}""",
            """{"text":"Bad date.","published":"next week"}"""));

        List<ReadResult> results = await ReadAll.FromAsync(ReadAll.Reader(), path);
        Assert.Equal(5, results.Count);
        SourceDocument first = results[0].Document!;
        Assert.Equal("First", first.Title);
        Assert.Equal("jsonl", first.Format);
        Assert.Equal(path + "#a1", first.Origin);
        Assert.Equal(new DateOnly(2022, 3, 1), first.Published);
        Assert.Equal(path + ":2", results[1].Failure!.Input);
        Assert.StartsWith("not JSON", results[1].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal(path + ":4", results[2].Failure!.Input);
        Assert.Equal("no 'text'", results[2].Failure!.Reason);
        Assert.Equal(new DateOnly(2022, 3, 2), results[3].Document!.Published);
        Assert.Contains("“quote”", results[3].Document!.Text, StringComparison.Ordinal);
        Assert.Equal(path + ":6", results[4].Failure!.Input);
        Assert.Contains("not a date", results[4].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_RawIsTheLine()
    {
        using var dir = new TempFolder();
        const string line = """{"text":"Only line."}""";
        string path = dir.Write("one.ndjson", line + "\n");
        ReadResult r = Assert.Single(await ReadAll.FromAsync(ReadAll.Reader(), path));
        Assert.Equal(line, System.Text.Encoding.UTF8.GetString(r.Raw.Span));
    }

    [Fact]
    public async Task Read_JsonLinesRecognisedByContent()
    {
        using var dir = new TempFolder();
        string path = dir.Write("export.txt", """{"text":"A line from an export."}""" + "\n");
        ReadResult r = Assert.Single(await ReadAll.FromAsync(ReadAll.Reader(), path));
        Assert.Equal("jsonl", r.Document!.Format);
    }
}
