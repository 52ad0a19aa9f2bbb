using Stancewatch.Analysis.Tests.Support;
using Stancewatch.Extraction.Actors;

namespace Stancewatch.Analysis.Tests;

public sealed class VoteExtractorTests
{
    private static TestDoc Actors(TestDoc d) => d
        .Actor("Kazakhstan", "KAZ").Actor("Georgia", "GEO").Actor("Serbia", "SRB").Actor("Moscow", "RUS", MentionKind.Metonym)
        .Group("no Central Asian state", "KAZ", "KGZ", "TJK", "TKM", "UZB");

    [Theory]
    [InlineData("In the General Assembly vote on March 2, Kazakhstan abstained.", "KAZ", VoteChoice.ABSTAIN, "UNGA 2022-03-02")]
    [InlineData("Georgia voted in favour of the General Assembly resolution.", "GEO", VoteChoice.YES, "UNGA")]
    [InlineData("Serbia voted against the Security Council draft.", "SRB", VoteChoice.NO, "UNSC")]
    [InlineData("Kazakhstan did not support the resolutions of the General Assembly.", "KAZ", VoteChoice.ABSTAIN_OR_ABSENT, "UNGA")]
    public void Extract_VoteChoiceAndResolution(string sentence, string actor, VoteChoice choice, string resolution)
    {
        var result = TestDoc.Analyze(Actors(new TestDoc()).Sentence(sentence).Build(published: new DateOnly(2022, 3, 10)));

        var vote = Assert.Single(result.Votes);
        Assert.Equal((actor, choice, resolution), (vote.Actor.Code, vote.Choice, vote.Resolution));
    }

    [Fact]
    public void Extract_AbstainOrAbsentForAGroupNamedBefore()
    {
        var doc = Actors(new TestDoc())
            .Sentence("On March 2, no Central Asian state sided with Moscow on the General Assembly resolution.")
            .Sentence("They either abstained or did not vote at all.")
            .Build(published: new DateOnly(2022, 4, 1));

        var votes = TestDoc.Analyze(doc).Votes;

        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], votes.Select(v => v.Actor.Code));
        Assert.All(votes, v => Assert.Equal((VoteChoice.ABSTAIN_OR_ABSENT, "UNGA 2022-03-02"), (v.Choice, v.Resolution)));
    }

    [Fact]
    public void Extract_AbstentionWithoutAVoteIsNoVote()
    {
        var doc = Actors(new TestDoc()).Sentence("Kazakhstan abstained from comment on the matter.").Build();

        Assert.Empty(TestDoc.Analyze(doc).Votes);
    }
}
