using Stancewatch.Testing;
using System.Text;
using Stancewatch.Text.Reading;

namespace Stancewatch.Text.Tests.Reading;

public sealed class InputReaderTests
{
    [Fact]
    public void Expand_ReadsFoldersRecursivelyInOrder_SkippingHiddenEntries()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", "b");
        dir.Write("a/z.md", "z");
        dir.Write("a/deeper/y.txt", "y");
        dir.Write(".hidden/x.txt", "x");
        dir.Write(".dotfile", "x");
        List<string> files = ReadAll.Reader().Expand([dir.Path]).Select(f => Path.GetRelativePath(dir.Path, f)).ToList();
        Assert.Equal([Path.Combine("a", "deeper", "y.txt"), Path.Combine("a", "z.md"), "b.txt"], files);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty file (0 bytes)")]
    [InlineData("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }, "binary content")]
    [InlineData("bad.txt", new byte[] { 0x48, 0xE2, 0x80, 0x9C, 0x69, 0xE2, 0x80, 0x9D, 0x20, 0xC3, 0x28 }, "invalid UTF-8 at byte 9")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x0A, 0x20 }, "no text")]
    public async Task Read_HostileFiles_FailWithAClearReason(string name, byte[] content, string reason)
    {
        using var dir = new TempFolder();
        string path = dir.WriteBytes(name, content);
        var ex = await Assert.ThrowsAsync<InputException>(() => ReadAll.FromAsync(ReadAll.Reader(), path));
        Assert.Equal(path, ex.Input);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OversizedFile_Fails()
    {
        using var dir = new TempFolder();
        string path = dir.Write("big.txt", new string('a', 5000));
        var ex = await Assert.ThrowsAsync<InputException>(() => ReadAll.FromAsync(ReadAll.Reader(maxBytes: 1000), path));
        Assert.Contains("over the", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("--max-size", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MissingFile_Fails()
    {
        var ex = await Assert.ThrowsAsync<InputException>(() => ReadAll.FromAsync(ReadAll.Reader(), "/no/such/file.txt"));
        Assert.Equal("no such file or folder", ex.Reason);
    }

    [Fact]
    public async Task Read_Url_WithoutFetcher_Fails()
    {
        var ex = await Assert.ThrowsAsync<InputException>(() => ReadAll.FromAsync(ReadAll.Reader(), "https://example.org/a"));
        Assert.Contains("turned off", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_Url_ReadsTheFetchedPageAsHtml()
    {
        var fetcher = new FakeFetcher(new() { ["https://example.org/a"] = "<html><body><article><p>Fetched article text.</p></article></body></html>" });
        ReadResult r = Assert.Single(await ReadAll.FromAsync(ReadAll.Reader(fetcher), "https://example.org/a"));
        Assert.Equal("Fetched article text.", r.Document!.Text);
        Assert.Equal("https://example.org/a", r.Document.Url);
        Assert.Equal("example.org", r.Document.Publisher);
    }

    [Fact]
    public async Task Read_KeepsTheRawBytesAndTheirEncoding()
    {
        using var dir = new TempFolder();
        byte[] bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes("Заявление министерства иностранных дел.");
        string path = dir.WriteBytes("ru.txt", bytes);
        ReadResult r = Assert.Single(await ReadAll.FromAsync(ReadAll.Reader(), path));
        Assert.Equal(bytes, r.Raw.ToArray());
        Assert.Equal("windows-1251", r.RawEncoding);
        Assert.Equal("Заявление министерства иностранных дел.", r.Document!.Text);
    }
}
