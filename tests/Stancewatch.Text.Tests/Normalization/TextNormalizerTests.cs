using Stancewatch.Text.Normalization;

namespace Stancewatch.Text.Tests.Normalization;

public sealed class TextNormalizerTests
{
    private readonly TextNormalizer normalizer = new();

    [Fact]
    public void Normalize_ComposesToNfc()
    {
        Assert.Equal("Tokayev met the caf\u00e9 owner", normalizer.Normalize("Tokayev met the cafe\u0301 owner"));
    }

    [Fact]
    public void Normalize_KeepsTypographicQuotesDashesAndNoBreakSpaces()
    {
        const string text = "“Neutral” — he said, 24\u00a0February, ‘twice’ – and …";
        Assert.Equal(text, normalizer.Normalize(text));
    }

    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a   \nb", "a\nb")]
    [InlineData("\n\n a\n\n\n\n\nb\n\n", " a\n\nb")]
    [InlineData("\uFEFFa\u200Bb\u0007c", "abc")]
    [InlineData("tab\tkept", "tab\tkept")]
    public void Normalize_CleansLinesAndControls(string input, string expected)
    {
        Assert.Equal(expected, normalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_IsIdempotent()
    {
        const string text = "One.\r\n\r\n\r\nTwo “three”\u00a0four.  \n";
        string once = normalizer.Normalize(text);
        Assert.Equal(once, normalizer.Normalize(once));
    }
}
