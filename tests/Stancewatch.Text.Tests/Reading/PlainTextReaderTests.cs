using Stancewatch.Testing;
using Stancewatch.Text.Reading;

namespace Stancewatch.Text.Tests.Reading;

public sealed class PlainTextReaderTests
{
    [Fact]
    public async Task Read_SeedArticles_AsPlainTextWithoutMetadata()
    {
        string folder = SharedData.Require("corpus/seeds/docs");
        InputReader reader = ReadAll.Reader();
        var docs = new List<SourceDocument>();
        foreach (string file in reader.Expand([folder]))
        {
            docs.Add(Assert.Single(await ReadAll.FromAsync(reader, file)).Document!);
        }

        Assert.Equal(2, docs.Count);
        Assert.All(docs, d => Assert.Equal("text", d.Format));
        Assert.All(docs, d => Assert.Null(d.Publisher));
        Assert.All(docs, d => Assert.True(d.Text.Length > 5000));
        Assert.Contains(docs, d => d.Title is not null && d.Title.StartsWith("The silent reaction", StringComparison.Ordinal));
        Assert.Contains(docs, d => d.Text.Contains('’', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kazakhstan abstains\n\nThe vote was held.", "Kazakhstan abstains")]
    [InlineData("The vote was held in New York on Wednesday.\n\nMore.", null)]
    [InlineData("A title\nwith no blank line after", null)]
    public void HeadlineOf_TakesAShortFirstLineFollowedByABlankLine(string text, string? expected)
    {
        Assert.Equal(expected, PlainTextReader.HeadlineOf(text));
    }
}
