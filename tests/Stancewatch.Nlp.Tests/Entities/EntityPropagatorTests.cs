using System.Collections.Immutable;
using Stancewatch.Nlp.Entities;

namespace Stancewatch.Nlp.Tests.Entities;

public sealed class EntityPropagatorTests
{
    private static IReadOnlyList<string> Words(string sentence) => sentence.Split(' ');

    [Fact]
    public void Propagate_LabelsTheOtherOccurrencesOfAFoundName()
    {
        IReadOnlyList<string>[] doc = [Words("I switched to Quillfox last week ."), Words("Quillfox is fast and Quillfox is free .")];
        ImmutableArray<EntityMention>[] found = [[new(3, 4, "ORG")], []];
        var result = EntityPropagator.Propagate(doc, found);
        Assert.Equal([new EntityMention(3, 4, "ORG")], result[0]);
        Assert.Equal([new EntityMention(0, 1, "ORG"), new EntityMention(4, 5, "ORG")], result[1]);
    }

    [Fact]
    public void Propagate_TakesTheLabelGivenMostOften_AndKeepsWhatTheModelFound()
    {
        IReadOnlyList<string>[] doc = [Words("Dana Wells met Dana Wells ."), Words("Dana Wells left ."), Words("We saw Dana Wells .")];
        ImmutableArray<EntityMention>[] found = [[new(0, 2, "PER"), new(3, 5, "LOC")], [new(0, 2, "PER")], []];
        var result = EntityPropagator.Propagate(doc, found);
        Assert.Equal([new EntityMention(0, 2, "PER"), new EntityMention(3, 5, "LOC")], result[0]);
        Assert.Equal([new EntityMention(2, 4, "PER")], result[2]);
    }

    [Fact]
    public void Propagate_SkipsAnOccurrenceInsideALongerName()
    {
        IReadOnlyList<string>[] doc = [Words("Quillfox crashed ."), Words("The Quillfox Foundation replied .")];
        ImmutableArray<EntityMention>[] found = [[new(0, 1, "ORG")], []];
        Assert.Empty(EntityPropagator.Propagate(doc, found)[1]);
    }

    [Fact]
    public void Propagate_OnlyWithinTheGivenDocument_IsCaseSensitive()
    {
        IReadOnlyList<string>[] doc = [Words("Bramble Bank opened ."), Words("a bramble bank grew .")];
        ImmutableArray<EntityMention>[] found = [[new(0, 2, "ORG")], []];
        Assert.Empty(EntityPropagator.Propagate(doc, found)[1]);
    }

    [Fact]
    public void Propagate_ListsOfDifferentLength_Throw() =>
        Assert.Throws<ArgumentException>(() => EntityPropagator.Propagate([Words("a b")], []));
}
