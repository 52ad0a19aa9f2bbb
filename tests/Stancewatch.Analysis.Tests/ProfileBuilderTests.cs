using Stancewatch.Analysis.Tests.Support;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;

namespace Stancewatch.Analysis.Tests;

public sealed class ProfileBuilderTests
{
    private static TestDoc Actors(TestDoc d) => d
        .Actor("Kazakhstan", "KAZ").Actor("Turkmenistan", "TKM").Actor("Uzbekistan", "UZB").Actor("The Kremlin", "RUS", MentionKind.Metonym)
        .Actor("Russia", "RUS").Actor("Ukraine", "UKR");

    [Fact]
    public void Build_DeclaredPositionWinsWithActsAsIndicators()
    {
        var doc = Actors(new TestDoc())
            .Sentence("Kazakhstan refused to recognise the breakaway republics.")
            .Sentence("Kazakhstan refused to send troops to Ukraine.")
            .Sentence("Kazakhstan declared itself neutral in the war.")
            .Build();

        var profile = Assert.Single(TestDoc.Analyze(doc).Profiles);

        Assert.Equal("NEUTRAL", profile.Stance);
        Assert.Equal("refused", profile.Indicators["recognition"]);
        Assert.Equal("refused", profile.Indicators["troops"]);
        Assert.InRange(profile.Confidence, 0.01, 1.0);
    }

    [Fact]
    public void Build_SilentWhenOnlySilencesAndUnknownWithoutFindings()
    {
        var doc = Actors(new TestDoc()).Sentence("Turkmenistan has not commented on the war.").Build();

        var profile = Assert.Single(TestDoc.Analyze(doc).Profiles);
        Assert.Equal(("TKM", "SILENT"), (profile.Actor, profile.Stance));
    }

    [Fact]
    public void Build_DisputedFlagAndTimeline()
    {
        var doc = Actors(new TestDoc())
            .Sentence("On March 2, The Kremlin said that Uzbekistan understood Russia's actions.")
            .Sentence("However, Uzbekistan said on March 3 that it pursues a neutral policy.")
            .Build(published: new DateOnly(2022, 3, 5));

        var profile = Assert.Single(TestDoc.Analyze(doc).Profiles);

        Assert.True(profile.Disputed);
        Assert.Equal("NEUTRAL", profile.Stance);
        Assert.Equal([new DateOnly(2022, 3, 2), new DateOnly(2022, 3, 3)], profile.Timeline.Select(t => t.Date!.Value));
        Assert.Equal(["UNDERSTANDING", "NEUTRAL"], profile.Timeline.Select(t => t.Stance));
    }

    [Fact]
    public void Build_NearDuplicateDocumentCountsOnce()
    {
        var original = Actors(new TestDoc()).Sentence("Uzbekistan expressed deep concern about the war.").Build("a");
        var copy = Actors(new TestDoc()).Sentence("Uzbekistan expressed deep concern about the war.").Build("b", duplicateOf: "a");
        var other = Actors(new TestDoc()).Sentence("Uzbekistan condemned the invasion.").Build("c");

        var result = TestDoc.Analyze(original, copy, other);
        var profile = Assert.Single(result.Profiles);

        Assert.Equal(3, result.Claims.Length);
        Assert.Equal(2, profile.Timeline.SelectMany(t => t.Claims).Count());
    }

    [Fact]
    public void Analyze_IsDeterministicWhateverTheInputOrder()
    {
        var a = Actors(new TestDoc()).Sentence("Uzbekistan expressed deep concern about the war.").Build("a");
        var b = Actors(new TestDoc()).Sentence("Kazakhstan condemned the invasion.").Build("b");

        var first = new Stancewatch.Analysis.Export.AnalysisJsonWriter().Write(TestDoc.Analyze(a, b));
        var second = new Stancewatch.Analysis.Export.AnalysisJsonWriter().Write(TestDoc.Analyze(b, a));

        Assert.Equal(first, second);
    }
}
