using Stancewatch.Extraction.Statements;

namespace Stancewatch.Extraction.Tests.Statements;

public sealed class QuoteFinderTests
{
    [Fact]
    public void OpenQuoteContinuedInNextParagraph_IsOneQuote()
    {
        string text = "He said: “We will stay.\n\n“We will not leave,” he added. Then “scare” quotes.";
        var quotes = QuoteFinder.Find(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("“We will stay.\n\n“We will not leave,”", text[quotes[0].Start..quotes[0].End]);
        Assert.Equal("“scare”", text[quotes[1].Start..quotes[1].End]);
    }

    [Fact]
    public void UnclosedQuote_EndsWithItsParagraph()
    {
        string text = "“For security reasons\n\nThe minister spoke.";
        var q = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal("“For security reasons", text[q.Start..q.End]);
    }

    [Fact]
    public void StraightQuotes_Pair()
    {
        string text = "She said \"no deal\" and left.";
        var q = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal("\"no deal\"", text[q.Start..q.End]);
    }
}
