using Stancewatch.Nlp;
using Stancewatch.Training.Entities;

namespace Stancewatch.Nlp.Tests.Entities;

public sealed class NerScorerTests
{
    private static IReadOnlyList<IReadOnlyList<EntityMention>> One(params EntityMention[] mentions) => [mentions];

    [Fact]
    public void Pool_AddsTheCountsOfEachType()
    {
        var a = NerScorer.Score(One(new(0, 1, "PER"), new(2, 3, "LOC")), One(new EntityMention(0, 1, "PER")));
        var b = NerScorer.Score(One(new(0, 1, "PER"), new(2, 3, "ORG")), One(new(0, 1, "LOC"), new(2, 3, "ORG")));
        var pooled = NerScorer.Pool([a, b]);
        Assert.Equal(2, pooled.Sentences);
        Assert.Equal((4, 3, 2), (pooled.Micro.Gold, pooled.Micro.Predicted, pooled.Micro.Correct));
        var per = pooled.ByType.Single(t => t.Label == "PER");
        Assert.Equal((2, 1, 1), (per.Gold, per.Predicted, per.Correct));
        var loc = pooled.ByType.Single(t => t.Label == "LOC");
        Assert.Equal((1, 1, 0), (loc.Gold, loc.Predicted, loc.Correct));
    }

    [Fact]
    public void Score_ExactMatch_IsPerfect()
    {
        var gold = One(new(0, 2, "PER"), new(4, 5, "LOC"));
        var score = NerScorer.Score(gold, gold);
        Assert.Equal(1.0, score.Micro.F1);
        Assert.Equal(2, score.Micro.Correct);
    }

    [Fact]
    public void Score_WrongTypeAndWrongBoundary_CountAsErrors()
    {
        var gold = One(new(0, 2, "PER"), new(4, 5, "LOC"), new(7, 9, "ORG"));
        var predicted = One(new(0, 2, "PER"), new(4, 5, "ORG"), new(7, 8, "ORG"));
        var score = NerScorer.Score(gold, predicted);
        Assert.Equal(3, score.Micro.Gold);
        Assert.Equal(3, score.Micro.Predicted);
        Assert.Equal(1, score.Micro.Correct);
        Assert.Equal(1.0 / 3, score.Micro.F1, 9);
        var org = score.ByType.Single(t => t.Label == "ORG");
        Assert.Equal((1, 2, 0), (org.Gold, org.Predicted, org.Correct));
        var loc = score.ByType.Single(t => t.Label == "LOC");
        Assert.Equal((1, 0, 0), (loc.Gold, loc.Predicted, loc.Correct));
        Assert.Equal(0, loc.Precision);
    }

    [Fact]
    public void Score_PrecisionAndRecallDiffer_WhenPredictingTooMuch()
    {
        var gold = One(new EntityMention(0, 1, "PER"));
        var predicted = One(new(0, 1, "PER"), new(3, 4, "PER"), new(5, 6, "PER"), new(7, 8, "PER"));
        var per = NerScorer.Score(gold, predicted).ByType.Single();
        Assert.Equal(0.25, per.Precision);
        Assert.Equal(1.0, per.Recall);
        Assert.Equal(0.4, per.F1, 9);
    }

    [Fact]
    public void Score_MatchesOnlyWithinTheSameSentence()
    {
        IReadOnlyList<IReadOnlyList<EntityMention>> gold = [[new(0, 1, "PER")], []];
        IReadOnlyList<IReadOnlyList<EntityMention>> predicted = [[], [new(0, 1, "PER")]];
        Assert.Equal(0, NerScorer.Score(gold, predicted).Micro.Correct);
    }

    [Fact]
    public void Score_DifferentSentenceCounts_Throws() =>
        Assert.Throws<ArgumentException>(() => NerScorer.Score([[]], [[], []]));
}
