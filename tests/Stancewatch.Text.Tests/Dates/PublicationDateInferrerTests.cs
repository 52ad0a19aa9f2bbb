using Stancewatch.Text.Dates;

namespace Stancewatch.Text.Tests.Dates;

public sealed class PublicationDateInferrerTests
{
    private readonly PublicationDateInferrer inferrer = new(new DateFinder());

    [Fact]
    public void Infer_PrefersTheDateline()
    {
        string text = "ASTANA, 3 March 2022 — The ministry spoke. " + new string('x', 400) + " A summit is planned for 10 June 2022.";
        Assert.Equal(new DateOnly(2022, 3, 3), inferrer.Infer(text));
    }

    [Fact]
    public void Infer_OtherwiseTakesTheLatestCompleteDate()
    {
        string text = new string('y', 400) + " The vote of 2 March 2022 and the vote of 24 March 2022 were both abstentions; on 7 March 2022 nothing.";
        Assert.Equal(new DateOnly(2022, 3, 24), inferrer.Infer(text));
    }

    [Fact]
    public void Infer_ReturnsNullWithoutACompleteDate()
    {
        Assert.Null(inferrer.Infer("On March 21 the presidents spoke by phone."));
    }
}
