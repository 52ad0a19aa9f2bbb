using Stancewatch.Extraction.Dates;
using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Dates;

public sealed class DateResolverTests
{
    private static DateResolution Resolve(string words, DateOnly? published, DateOnly? fallback = null)
    {
        var doc = new DocBuilder().Sentence(string.Join(' ', words.Split(' ').Select(w => w + "/X/dep/1"))).Build();
        return new DateResolver().Resolve(doc, published, fallback);
    }

    [Theory]
    [InlineData("On February 26 , talks began", "2022-02-26")]
    [InlineData("On 26 February talks began", "2022-02-26")]
    [InlineData("On Feb . 26 talks began", "2022-02-26")]
    [InlineData("On March 2 , 2021 talks began", "2021-03-02")]
    [InlineData("talks began on Monday", "2022-03-07")]
    [InlineData("talks began yesterday", "2022-03-09")]
    [InlineData("talks began last week", "2022-03-03")]
    public void Resolve_AbsoluteAndDeicticDates(string words, string expected)
    {
        var r = Resolve(words, new DateOnly(2022, 3, 10));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), r.Mentions[0].Date);
    }

    [Theory]
    [InlineData("On February 26 it met . A day earlier it called", "2022-02-25")]
    [InlineData("On February 26 it met . The day after it called", "2022-02-27")]
    [InlineData("On February 26 it met . Two days later it called", "2022-02-28")]
    public void Resolve_AnaphoricDates_UseTheNearestEarlierDate(string words, string expected)
    {
        var r = Resolve(words, null, new DateOnly(2022, 2, 24));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), r.Mentions[1].Date);
    }

    [Fact]
    public void BareDateAfterPublication_BelongsToThePreviousYear()
    {
        var r = Resolve("On December 30 it met", new DateOnly(2023, 1, 5));
        Assert.Equal(new DateOnly(2022, 12, 30), r.Mentions[0].Date);
    }

    [Fact]
    public void BareDateWithoutPublicationDate_TakesTheFallbackYear()
    {
        var r = Resolve("During a March 17 address", null, new DateOnly(2022, 2, 24));
        Assert.Equal(new DateOnly(2022, 3, 17), r.Mentions[0].Date);
    }

    [Fact]
    public void NoAnchor_NoDeicticDate()
    {
        Assert.Empty(Resolve("talks began on Monday", null).Mentions);
    }
}
