using Stancewatch.Testing;
using Stancewatch.Text.Reading;

namespace Stancewatch.Text.Tests.Reading;

public sealed class MarkdownReaderTests
{
    [Fact]
    public async Task Read_TakesMetadataFromFrontMatter()
    {
        using var dir = new TempFolder();
        string path = dir.Write("a.md", "---\nurl: https://www.akorda.kz/en/some-statement\ntitle: \"A statement\"\npublisher: akorda.kz\npublished: 2022-03-05\nlanguage: en\n---\nThe president spoke.\n\nA second paragraph.\n");
        ReadResult r = Assert.Single(await ReadAll.FromAsync(ReadAll.Reader(), path));
        SourceDocument d = r.Document!;
        Assert.Equal("markdown", d.Format);
        Assert.Equal("A statement", d.Title);
        Assert.Equal("akorda.kz", d.Publisher);
        Assert.Equal("https://www.akorda.kz/en/some-statement", d.Url);
        Assert.Equal(new DateOnly(2022, 3, 5), d.Published);
        Assert.False(d.PublishedInferred);
        Assert.Equal("en", d.Language);
        Assert.Equal("The president spoke.\n\nA second paragraph.", d.Text);
        Assert.Equal(DocumentId.FromText(d.Text), d.Id);
    }

    [Fact]
    public async Task Read_EmptyPublished_IsInferredFromTheText()
    {
        using var dir = new TempFolder();
        string path = dir.Write("b.md", "---\ntitle: x\npublished: \n---\nBISHKEK, 14 April 2022 — The cabinet met.\n");
        SourceDocument d = Assert.Single(await ReadAll.FromAsync(ReadAll.Reader(), path)).Document!;
        Assert.Equal(new DateOnly(2022, 4, 14), d.Published);
        Assert.True(d.PublishedInferred);
    }

    [Fact]
    public async Task Read_FrontMatterIsRecognisedWhateverTheExtension()
    {
        using var dir = new TempFolder();
        string path = dir.Write("c.txt", "---\ntitle: Front matter in a .txt\n---\nBody text here.\n");
        SourceDocument d = Assert.Single(await ReadAll.FromAsync(ReadAll.Reader(), path)).Document!;
        Assert.Equal("markdown", d.Format);
        Assert.Equal("Front matter in a .txt", d.Title);
    }

    [Theory]
    [InlineData("---\ntitle: x\nkey: a: b\n---\nBody.\n", 3, "not valid YAML")]
    [InlineData("---\ntitle: x\npublished: someday\n---\nBody.\n", 3, "'published' is not a date")]
    [InlineData("---\ntitle: x\nBody without a closing fence.\n", 1, "not closed")]
    public async Task Read_MalformedFrontMatter_FailsWithTheLine(string content, int line, string reason)
    {
        using var dir = new TempFolder();
        string path = dir.Write("bad.md", content);
        var ex = await Assert.ThrowsAsync<InputException>(() => ReadAll.FromAsync(ReadAll.Reader(), path));
        Assert.Equal(line, ex.Line);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
        Assert.StartsWith(path + ":" + line + ": ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_EveryDevCorpusDocument_WithItsFrontMatter()
    {
        string folder = SharedData.Require("corpus/dev/docs");
        InputReader reader = ReadAll.Reader();
        int count = 0;
        foreach (string file in reader.Expand([folder]))
        {
            ReadResult r = Assert.Single(await ReadAll.FromAsync(reader, file));
            Assert.Null(r.Failure);
            SourceDocument d = r.Document!;
            Assert.Equal("markdown", d.Format);
            Assert.False(string.IsNullOrEmpty(d.Title), file);
            Assert.False(string.IsNullOrEmpty(d.Publisher), file);
            Assert.StartsWith("http", d.Url, StringComparison.Ordinal);
            Assert.Equal("en", d.Language);
            Assert.DoesNotContain("\npublisher:", d.Text, StringComparison.Ordinal);
            count++;
        }

        Assert.True(count >= 30, $"read {count} dev documents");
    }
}
