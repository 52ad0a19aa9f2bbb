using Stancewatch.Analysis.Tests.Support;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;

namespace Stancewatch.Analysis.Tests;

public sealed class ClaimAttributorTests
{
    private static TestDoc Actors(TestDoc d) => d
        .Actor("Kazakhstan", "KAZ").Actor("Astana", "KAZ", MentionKind.Metonym).Actor("The Kazakh foreign ministry", "KAZ")
        .Actor("Uzbekistan", "UZB").Actor("Kyrgyzstan", "KGZ").Actor("Tajikistan", "TJK").Actor("Mongolia", "MNG").Actor("Armenia", "ARM")
        .Actor("The Kremlin", "RUS", MentionKind.Metonym).Actor("the Kremlin", "RUS", MentionKind.Metonym).Actor("Moscow", "RUS", MentionKind.Metonym).Actor("Russia", "RUS")
        .Actor("Ukraine", "UKR").Actor("a Mongolian economist", "MNG", MentionKind.Adjective, "CVL");

    [Theory]
    [InlineData("Astana has refused to recognise the breakaway republics.", "KAZ", "MEDIA", "OPPOSE")]
    [InlineData("The Kazakh foreign ministry said that Kazakhstan would not recognise the annexation.", "KAZ", "KAZ", "OPPOSE")]
    [InlineData("Kazakhstan did not condemn the invasion.", "KAZ", "MEDIA", "NEUTRAL")]
    [InlineData("Kazakhstan condemned the invasion.", "KAZ", "MEDIA", "OPPOSE")]
    [InlineData("Uzbekistan expressed hope that the parties would find acceptable ways to end the dispute peacefully.", "UZB", "MEDIA", "NEUTRAL")]
    [InlineData("The Kremlin said that Kyrgyzstan backed Russia's operation in Ukraine.", "KGZ", "RUS", "SUPPORT")]
    [InlineData("Mongolia voiced deep concern over the fighting.", "MNG", "MEDIA", "CONCERN")]
    [InlineData("Armenia understood Moscow's actions, the Kremlin said.", "ARM", "RUS", "UNDERSTANDING")]
    [InlineData("Tajikistan pursues a balanced and neutral policy on the war.", "TJK", "MEDIA", "NEUTRAL")]
    [InlineData("Kyrgyzstan has not joined the sanctions against Russia.", "KGZ", "MEDIA", "NEUTRAL")]
    [InlineData("Kazakhstan reiterated its commitment to Ukraine's territorial integrity.", "KAZ", "MEDIA", "OPPOSE")]
    [InlineData("In a phone call with Moscow, Mongolia voiced deep concern over the fighting.", "MNG", "MNG", "CONCERN")]
    [InlineData("In talks with Moscow, Uzbekistan expressed hope that the parties would find a peaceful solution.", "UZB", "UZB", "NEUTRAL")]
    [InlineData("Since the talks with Moscow, Mongolia has voiced deep concern over the fighting.", "MNG", "MEDIA", "CONCERN")]
    [InlineData("Mongolia urged Kazakhstan to condemn the invasion.", "MNG", "MEDIA", "OPPOSE")]
    [InlineData("Mongolia wants Kazakhstan to condemn the invasion.", "MNG", "MEDIA", "OPPOSE")]
    public void Attribute_DecidesSubjectClaimantAndStance(string sentence, string subject, string claimant, string stance)
    {
        var result = TestDoc.Analyze(Actors(new TestDoc()).Sentence(sentence).Build());

        var claim = Assert.Single(result.Claims);
        Assert.Equal(subject, claim.Subject.Code);
        Assert.Equal(claimant, claim.Claimant.Code);
        Assert.Equal(stance, claim.Stance.ToString());
        Assert.Equal(sentence, claim.Evidence.Text);
        Assert.False(string.IsNullOrEmpty(claim.Reason));
    }

    [Theory]
    [InlineData("Tajikistan was reluctant to condemn the war.")]
    [InlineData("Russia recognised the breakaway republics.")]
    [InlineData("a Mongolian economist said the policy of neutrality protects trade.")]
    [InlineData("The war goes on.")]
    [InlineData("An opposition party called on Kazakhstan to join the sanctions against Russia.")]
    public void Attribute_MakesNoClaim(string sentence)
    {
        var result = TestDoc.Analyze(Actors(new TestDoc()).Sentence(sentence).Build());

        Assert.Empty(result.Claims);
    }

    [Fact]
    public void Attribute_HedgedClaimIsUncertainAndSaysWhy()
    {
        var result = TestDoc.Analyze(Actors(new TestDoc()).Sentence("Kazakhstan reportedly refused to recognise the republics.").Build());

        var claim = Assert.Single(result.Claims);
        Assert.True(claim.Uncertain);
        Assert.Contains("refused to", claim.Reason, StringComparison.Ordinal);
        Assert.Contains("reportedly", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_CoordinatedSubjectsEachGetAClaim()
    {
        var result = TestDoc.Analyze(Actors(new TestDoc()).Sentence("Kazakhstan, Kyrgyzstan and Uzbekistan expressed deep concern about the war.").Build());

        Assert.Equal(["KAZ", "KGZ", "UZB"], result.Claims.Select(c => c.Subject.Code).Order(StringComparer.Ordinal));
        Assert.All(result.Claims, c => Assert.Equal(Extraction.Stance.CONCERN, c.Stance));
    }

    [Fact]
    public void Attribute_ANounThatIsAlsoAReportingVerbIsNoFrame()
    {
        var result = TestDoc.Analyze(Actors(new TestDoc()).Group("The five states", "KAZ", "KGZ", "TJK", "TKM", "UZB")
            .Sentence("The war goes on.").Sentence("The five states have not criticised Moscow.").Build());

        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], result.Claims.Select(c => c.Subject.Code).Order(StringComparer.Ordinal));
        Assert.All(result.Claims, c => Assert.Equal(Extraction.Stance.NEUTRAL, c.Stance));
    }

    [Fact]
    public void Attribute_SpeechQuotedInAnotherGovernmentsAccountIsThatGovernmentsClaim()
    {
        var result = TestDoc.Analyze(Actors(new TestDoc())
            .Sentence("The Kremlin said: “The talks went well.").Sentence("Mongolia stressed that it understood Moscow's actions.”").Build());

        var claim = Assert.Single(result.Claims);
        Assert.Equal("MNG", claim.Subject.Code);
        Assert.Equal("RUS", claim.Claimant.Code);
        Assert.Equal(Extraction.Stance.UNDERSTANDING, claim.Stance);
    }

    [Fact]
    public void Attribute_PronounJustBeforeTheReportingVerbIsTheSpeaker()
    {
        var result = TestDoc.Analyze(Actors(new TestDoc()).Actor("he", "KAZ", MentionKind.Coreference)
            .Sentence("The aide surprised Moscow when he announced that Kazakhstan would not recognise the breakaway republics.").Build());

        var claim = Assert.Single(result.Claims);
        Assert.Equal("KAZ", claim.Subject.Code);
        Assert.Equal("KAZ", claim.Claimant.Code);
    }

    [Fact]
    public void Attribute_PronounSentenceTakesThePreviousTopic()
    {
        var result = TestDoc.Analyze(Actors(new TestDoc())
            .Sentence("The government of Uzbekistan has been careful.").Sentence("It has expressed deep concern about the war.").Build());

        var claim = Assert.Single(result.Claims);
        Assert.Equal("UZB", claim.Subject.Code);
    }

    [Fact]
    public void Attribute_OfficialPublisherVoiceIsTheClaimant()
    {
        var doc = Actors(new TestDoc()).Sentence("Kazakhstan supports a negotiated settlement of the conflict.").Build(voice: new ActorRef("KAZ", "GOV"));

        var claim = Assert.Single(TestDoc.Analyze(doc).Claims);
        Assert.Equal("KAZ", claim.Claimant.Code);
        Assert.Equal(Extraction.Stance.NEUTRAL, claim.Stance);
    }

    [Fact]
    public void Attribute_QuoteAttributedAfterItsLastSentence()
    {
        var doc = Actors(new TestDoc())
            .Sentence("“The call took place at the request of the Uzbek side.")
            .Sentence("Uzbekistan spoke with understanding about the position of Russia,” the Kremlin said.")
            .Build();

        var claim = Assert.Single(TestDoc.Analyze(doc).Claims);
        Assert.Equal(("UZB", "RUS", Extraction.Stance.UNDERSTANDING), (claim.Subject.Code, claim.Claimant.Code, claim.Stance));
    }
}
