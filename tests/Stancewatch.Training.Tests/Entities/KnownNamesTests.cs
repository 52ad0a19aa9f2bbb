using Stancewatch.Knowledge.Actors;
using Stancewatch.Testing;
using Stancewatch.Training.Entities;

namespace Stancewatch.Training.Tests.Entities;

public sealed class KnownNamesTests
{
    private static readonly Lazy<Nlp.Entities.PhraseLexicon> Names = new(() =>
        KnownNames.From(
            new ActorRegistryLoader().Load(Path.Combine(SharedData.RepositoryRoot, "data", "actors")),
            new Nlp.Entities.WordLexicon([KeyValuePair.Create("us", "p1f3"), KeyValuePair.Create("bishkek", "p4f1")])));

    [Theory]
    [InlineData(new[] { "kyrgyzstan" }, "U-LOC")]
    [InlineData(new[] { "bishkek" }, "U-LOC")]
    [InlineData(new[] { "nato" }, "U-ORG")]
    [InlineData(new[] { "sadyr", "japarov" }, "B-PER")]
    public void From_TypesTheNamesOfTheKnowledgeBase(string[] keys, string firstMark) =>
        Assert.Equal(firstMark, Names.Value.Match(keys)[0]);

    [Fact]
    public void From_LeavesOutOneWordNamesThatAreMostlyCommonWords() =>
        Assert.Null(Names.Value.Match(["us"])[0]);
}
