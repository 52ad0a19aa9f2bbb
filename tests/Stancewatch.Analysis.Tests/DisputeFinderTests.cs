using Stancewatch.Analysis.Tests.Support;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;

namespace Stancewatch.Analysis.Tests;

public sealed class DisputeFinderTests
{
    private static TestDoc Actors(TestDoc d) => d
        .Actor("Uzbekistan", "UZB").Actor("the Uzbek president", "UZB", MentionKind.Role).Actor("Mirziyoyev", "UZB", MentionKind.Person)
        .Actor("Kyrgyzstan", "KGZ").Actor("the President of Kyrgyzstan", "KGZ", MentionKind.Role).Actor("Tajikistan", "TJK")
        .Actor("The Kremlin", "RUS", MentionKind.Metonym).Actor("Kremlin", "RUS", MentionKind.Metonym).Actor("Putin", "RUS", MentionKind.Person)
        .Actor("Russia", "RUS").Actor("Ukraine", "UKR");

    [Fact]
    public void Find_ConflictingAccountsOfOneCall()
    {
        var doc = Actors(new TestDoc())
            .Sentence("The Kremlin said that in a phone call with Putin, Uzbekistan understood Russia's actions.")
            .Sentence("However, a spokesman for the Uzbek president said that Uzbekistan pursues a neutral policy.")
            .Build();

        var dispute = Assert.Single(TestDoc.Analyze(doc).Disputes);
        Assert.Equal("UZB", dispute.Subject.Code);
        Assert.Contains(dispute.Accounts, a => a.Claimant.Code == "RUS" && a.Stance == Extraction.Stance.UNDERSTANDING);
        Assert.Contains(dispute.Accounts, a => a.Claimant.Code == "UZB" && a.Stance == Extraction.Stance.NEUTRAL);
    }

    [Fact]
    public void Find_OmissionInTheOtherSidesReadout()
    {
        var doc = Actors(new TestDoc())
            .Sentence("The Kremlin said that Kyrgyzstan backed Russia's operation during a telephone conversation with Putin.")
            .Sentence("However, the President of Kyrgyzstan published only a short report on the telephone conversation.")
            .Build();

        var dispute = Assert.Single(TestDoc.Analyze(doc).Disputes);
        Assert.Equal("KGZ", dispute.Subject.Code);
        Assert.Contains(dispute.Accounts, a => a.Claimant.Code == "RUS" && a.Stance == Extraction.Stance.SUPPORT);
        Assert.Contains(dispute.Accounts, a => a.Claimant.Code == "KGZ" && a.Stance is null);
    }

    [Fact]
    public void Find_ExplicitlyDisputedReadouts()
    {
        var doc = Actors(new TestDoc()).Sentence("Kyrgyzstan and Tajikistan disputed Kremlin readouts of the calls.").Build();

        var result = TestDoc.Analyze(doc);

        Assert.Equal(["KGZ", "TJK"], result.Disputes.Select(d => d.Subject.Code));
        Assert.All(result.Disputes, d => Assert.Equal(new[] { "RUS", d.Subject.Code }.Order(StringComparer.Ordinal), d.Accounts.Select(a => a.Claimant.Code).Order(StringComparer.Ordinal)));
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void Find_AcrossDocuments_ReadoutsOfTheSameCallWithinADay()
    {
        var kremlin = Actors(new TestDoc())
            .Sentence("Putin spoke by phone with Mirziyoyev on March 21.")
            .Sentence("Mirziyoyev spoke with understanding about the actions of Russia.")
            .Build("kremlin", new DateOnly(2022, 3, 21), new ActorRef("RUS", "GOV"));
        var tashkent = Actors(new TestDoc())
            .Sentence("Mirziyoyev and Putin spoke by phone on March 22 about trade.")
            .Build("tashkent", new DateOnly(2022, 3, 22), new ActorRef("UZB", "GOV"));

        var dispute = Assert.Single(TestDoc.Analyze(kremlin, tashkent).Disputes);

        Assert.Equal("UZB", dispute.Subject.Code);
        Assert.Equal(["kremlin", "tashkent"], dispute.Accounts.Select(a => a.Evidence.Doc).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(dispute.Accounts, a => a.Claimant.Code == "UZB" && a.Stance is null);
        Assert.Equal(["RUS", "UZB"], dispute.Interaction!.Participants);
    }

    [Fact]
    public void Find_AgreeingAccountsAreNoDispute()
    {
        var doc = Actors(new TestDoc())
            .Sentence("The Kremlin said that Uzbekistan pursues a neutral policy.")
            .Sentence("However, a spokesman for the Uzbek president said that Uzbekistan pursues a neutral policy.")
            .Build();

        Assert.Empty(TestDoc.Analyze(doc).Disputes);
    }
}
