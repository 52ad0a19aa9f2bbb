using System.Text;
using Stancewatch.Text.Decoding;

namespace Stancewatch.Text.Tests.Decoding;

public sealed class TextDecoderTests
{
    private const string Sample = "The minister said “no” — twice.";
    private readonly TextDecoder decoder = new();

    [Fact]
    public void Decode_Utf8WithoutBom()
    {
        DecodedText d = decoder.Decode(Encoding.UTF8.GetBytes(Sample));
        Assert.Equal(Sample, d.Text);
        Assert.Equal("utf-8", d.EncodingName);
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)];
        DecodedText d = decoder.Decode(bytes);
        Assert.Equal(Sample, d.Text);
        Assert.Equal("utf-8", d.EncodingName);
    }

    [Theory]
    [InlineData(false, true, "utf-16le")]
    [InlineData(true, true, "utf-16be")]
    [InlineData(false, false, "utf-16le")]
    [InlineData(true, false, "utf-16be")]
    public void Decode_Utf16_WithOrWithoutBom(bool bigEndian, bool bom, string expected)
    {
        var encoding = new UnicodeEncoding(bigEndian, bom);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)];
        DecodedText d = decoder.Decode(bytes);
        Assert.Equal(Sample, d.Text);
        Assert.Equal(expected, d.EncodingName);
    }

    [Fact]
    public void Decode_LegacyCyrillic_IsWindows1251()
    {
        const string russian = "Президент России провёл телефонный разговор с президентом Казахстана.";
        byte[] bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(russian);
        DecodedText d = decoder.Decode(bytes);
        Assert.Equal("windows-1251", d.EncodingName);
        Assert.Equal(russian, d.Text);
    }

    [Fact]
    public void Decode_LegacyWestern_IsWindows1252()
    {
        const string french = "Le ministre a déclaré que la réunion à Genève était reportée.";
        byte[] bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(french);
        DecodedText d = decoder.Decode(bytes);
        Assert.Equal("windows-1252", d.EncodingName);
        Assert.Equal(french, d.Text);
    }

    [Fact]
    public void Decode_Empty_Fails()
    {
        var ex = Assert.Throws<TextDecodingException>(() => decoder.Decode([]));
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Binary_Fails()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01];
        var ex = Assert.Throws<TextDecodingException>(() => decoder.Decode(png));
        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DamagedUtf8_FailsNamingTheByte()
    {
        byte[] good = Encoding.UTF8.GetBytes("Quotes “like this” are UTF-8; then ");
        byte[] bytes = [.. good, 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" broken.")];
        var ex = Assert.Throws<TextDecodingException>(() => decoder.Decode(bytes));
        Assert.Contains("invalid UTF-8 at byte " + good.Length, ex.Message, StringComparison.Ordinal);
    }
}
