using Stancewatch.Extraction.Lexicons;
using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Lexicons;

public sealed class RegularInflectionTests
{
    [Theory]
    [InlineData("extradited", "extradite")]
    [InlineData("stopped", "stop")]
    [InlineData("shelling", "shell")]
    [InlineData("rallies", "rally")]
    [InlineData("Talks", "talk")]
    [InlineData("re-imposed", "impose")]
    public void BaseForms_IncludeTheRegularBase(string form, string expected) =>
        Assert.Contains(expected, RegularInflection.BaseForms(form));

    [Fact]
    public void Lexicon_FindsAVerbWhoseLemmaTheLemmatizerGotWrong()
    {
        Assert.True(Some.Lexicon.TryGetVerb("extradit", "extradited", out var patterns));
        Assert.Equal(PloverEvent.COOPERATE, patterns[0].Type);
    }

    [Fact]
    public void EventCoder_CodesAVerbWithAMisspeltLemma()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 extradited/VERB/root/0/extradit a/DET/det/4 suspect/NOUN/obj/2 to/ADP/case/6 Russia/PROPN/obl/2 ./PUNCT/punct/2")
            .Build();
        Assert.Contains(Some.Extract(doc).Events, e => Some.Pair(e) == "COOPERATE KAZ>RUS");
    }
}
