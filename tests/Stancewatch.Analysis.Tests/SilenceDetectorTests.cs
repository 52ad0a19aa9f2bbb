using Stancewatch.Analysis.Tests.Support;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;

namespace Stancewatch.Analysis.Tests;

public sealed class SilenceDetectorTests
{
    private static TestDoc Actors(TestDoc d) => d
        .Actor("Turkmenistan", "TKM").Actor("Ashgabat", "TKM", MentionKind.Metonym).Actor("Tajikistan", "TJK")
        .Actor("the state agency Khovar", "TJK", MentionKind.Name, "MED").Actor("Putin", "RUS", MentionKind.Person)
        .Actor("Mongolia", "MNG").Actor("Ukraine", "UKR").Actor("Russia", "RUS");

    [Theory]
    [InlineData("Turkmenistan has not commented on the war in Ukraine.", "TKM")]
    [InlineData("Ashgabat, as usual, remained silent.", "TKM")]
    [InlineData("Tajikistan has avoided any public comment on the war.", "TJK")]
    public void Detect_ExplicitSilence(string sentence, string actor)
    {
        var result = TestDoc.Analyze(Actors(new TestDoc()).Sentence(sentence).Build());

        var silence = Assert.Single(result.Silences);
        Assert.Equal((actor, SilenceKind.Silence, false), (silence.Actor.Code, silence.Kind, silence.Inferred));
        Assert.Equal(sentence, silence.Evidence!.Text);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void Detect_NeutralityBackgroundInASilenceSentenceIsNoClaim()
    {
        var result = TestDoc.Analyze(Actors(new TestDoc()).Sentence("Turkmenistan, citing its permanent neutrality, has avoided all public comment.").Build());

        Assert.Single(result.Silences);
        Assert.Empty(result.Claims);
        Assert.Equal("SILENT", Assert.Single(result.Profiles).Stance);
    }

    [Fact]
    public void Detect_RetractionTakesTheActorOfThePreviousSentence()
    {
        var doc = Actors(new TestDoc())
            .Sentence("On March 1, the state agency Khovar quoted a UN official criticising the war.")
            .Sentence("The story was deleted within hours.")
            .Build();

        var retraction = Assert.Single(TestDoc.Analyze(doc).Silences, s => s.Kind == SilenceKind.Retraction);
        Assert.Equal("TJK", retraction.Actor.Code);
    }

    [Fact]
    public void Detect_WithdrawnScreeningLicenceIsNoRetraction()
    {
        var doc = Actors(new TestDoc()).Sentence("Tajikistan withdrew the screening licence of two films.").Build();

        Assert.DoesNotContain(TestDoc.Analyze(doc).Silences, s => s.Kind == SilenceKind.Retraction);
    }

    [Fact]
    public void Infer_ActiveGovernmentWithoutStatementIsInferredSilent()
    {
        var doc = Actors(new TestDoc()).Sentence("Putin met the president of Mongolia on May 9.").Build();

        var result = TestDoc.Analyze(doc);

        var silence = Assert.Single(result.Silences);
        Assert.Equal(("MNG", true), (silence.Actor.Code, silence.Inferred));
        Assert.Null(silence.Evidence);
    }
}
