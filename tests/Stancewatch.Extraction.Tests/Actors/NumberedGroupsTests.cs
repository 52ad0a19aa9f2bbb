using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;
using Stancewatch.Testing;
using Stancewatch.Text;

namespace Stancewatch.Extraction.Tests.Actors;

public sealed class NumberedGroupsTests
{
    private static ActorMention Mention(int token, MentionKind kind, params string[] codes) => new()
    {
        Range = new CharRange(0, 0),
        FirstToken = token,
        EndToken = token + 1,
        HeadToken = token,
        Actors = [.. codes.Select(c => new ActorRef(c, "GOV"))],
        Kind = kind,
    };

    private static (Nlp.AnnotatedDocument Doc, ImmutableArray<ActorMention> Mentions) Build(string groupWords)
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/4 and/CCONJ/cc/3 Uzbekistan/PROPN/conj/1 spoke/VERB/root/0 ./PUNCT/punct/4")
            .Sentence(groupWords + " acted/VERB/root/0 ./PUNCT/punct/2")
            .Build();
        int groupToken = 5;
        var group = Mention(groupToken, MentionKind.Group, "KAZ", "KGZ", "TJK", "TKM", "UZB") with
        {
            Range = new CharRange(doc.TokenStarts[groupToken], doc.TokenEnds[groupToken]),
        };
        return (doc, [Mention(0, MentionKind.Name, "KAZ"), Mention(2, MentionKind.Name, "UZB"), group]);
    }

    [Fact]
    public void StatedNumber_NarrowsTheGroupToTheMembersJustNamed()
    {
        var (doc, mentions) = Build("both/PRON/nsubj/2");
        var narrowed = NumberedGroups.Narrow(doc, mentions);
        Assert.Equal(["KAZ", "UZB"], narrowed[2].Actors.Select(a => a.Code));
    }

    [Fact]
    public void NumberThatMatchesNoOneNamedBefore_LeavesTheGroupAlone()
    {
        var (doc, mentions) = Build("three/NUM/nsubj/2");
        var narrowed = NumberedGroups.Narrow(doc, mentions);
        Assert.Equal(5, narrowed[2].Actors.Length);
    }

    [Fact]
    public void NoMentions_NothingToNarrow()
    {
        var doc = new DocBuilder().Sentence("Nothing/PRON/root/0 ./PUNCT/punct/1").Build();
        Assert.Empty(NumberedGroups.Narrow(doc, []));
    }

    [Theory]
    [InlineData("the three Central Asian countries", 5, true)]
    [InlineData("the five Central Asian states", 5, false)]
    [InlineData("both countries", 2, false)]
    [InlineData("Central Asian leaders", 5, false)]
    public void GroupSize_ContradictsOnlyAStatedOtherNumber(string words, int members, bool contradicts) =>
        Assert.Equal(contradicts, GroupSize.Contradicts(words, members));
}
