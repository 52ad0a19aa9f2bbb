using Stancewatch.Text.Dates;

namespace Stancewatch.Text.Tests.Dates;

public sealed class DateFinderTests
{
    private readonly DateFinder finder = new();

    [Theory]
    [InlineData("on 21 March 2022 the", "2022-03-21")]
    [InlineData("(Agency - 21st March, 2022)", "2022-03-21")]
    [InlineData("Posted March 21, 2022 at noon", "2022-03-21")]
    [InlineData("Mar. 2, 2022", "2022-03-02")]
    [InlineData("Sept. 30, 2022", "2022-09-30")]
    [InlineData("updated 2022-02-24T08:00:00Z", "2022-02-24")]
    [InlineData("dated 24.02.2022 in Minsk", "2022-02-24")]
    [InlineData("the 5th of May 2023", "2023-05-05")]
    public void FindAll_FindsCompleteDates(string text, string expected)
    {
        IReadOnlyList<DateMention> found = finder.FindAll(text);
        Assert.Single(found);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), found[0].Date);
        Assert.True(found[0].Range.Length >= 10);
    }

    [Theory]
    [InlineData("On March 21, Mirziyoyev spoke")]
    [InlineData("in November 2024 the talks")]
    [InlineData("30 February 2022")]
    [InlineData("resolution 2623 of 2022")]
    public void FindAll_IgnoresIncompleteOrImpossibleDates(string text)
    {
        Assert.Empty(finder.FindAll(text));
    }

    [Theory]
    [InlineData("2022-03-21", "2022-03-21")]
    [InlineData("2022-02-26T12:05:00+08:00", "2022-02-26")]
    [InlineData("Mon, 21 Mar 2022 10:00:00 GMT", "2022-03-21")]
    [InlineData("21 March 2022", "2022-03-21")]
    public void ParseMetadata_ReadsCommonForms(string value, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), finder.ParseMetadata(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    public void ParseMetadata_ReturnsNullForNonDates(string value)
    {
        Assert.Null(finder.ParseMetadata(value));
    }
}
