using System.Collections.Immutable;
using Stancewatch.Training.Entities;

namespace Stancewatch.Training.Tests.Entities;

public sealed class NerDocumentsTests
{
    private static NerSentence Sentence(string source) => new(source, ["x"], ImmutableArray<Stancewatch.Nlp.EntityMention>.Empty);

    [Theory]
    [InlineData("dev.iob2#email-enronsent01_01-0003", "email-enronsent01_01")]
    [InlineData("gum.conllu#GUM_news_iodine-12", "GUM_news_iodine")]
    [InlineData("dev.iob2:120", "dev.iob2:120")]
    public void Of_StripsTheSentenceNumber(string source, string document) =>
        Assert.Equal(document, NerDocuments.Of(Sentence(source)));

    [Fact]
    public void Runs_GroupConsecutiveSentencesOfOneDocument()
    {
        var sentences = new[] { "f#a-1", "f#a-2", "f#b-1", "f#a-3" }.Select(Sentence).ToList();
        Assert.Equal([(0, 2), (2, 1), (3, 1)], NerDocuments.Runs(sentences));
    }
}
