using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Events;

public sealed class ReportedAccusationsTests
{
    private static IReadOnlyList<Event> Code(string sentence) => Some.Extract(new DocBuilder().Sentence(sentence).Build()).Events;

    [Fact]
    public void AnotherGovernmentsForce_ReportedBySpeaker_IsTheSpeakersAccusation()
    {
        var events = Code("Kazakhstan/PROPN/nsubj/2 said/VERB/root/0/say Russia/PROPN/nsubj/4 attacked/VERB/ccomp/2/attack Ukraine/PROPN/obj/4 ./PUNCT/punct/2");

        var attack = Assert.Single(events, e => e.Type == PloverEvent.ASSAULT);
        Assert.Equal(("ASSAULT RUS>UKR", "KAZ"), (Some.Pair(attack), attack.Claimant?.Code));
        var accusation = Assert.Single(events, e => e.Type == PloverEvent.DISAPPROVE);
        Assert.Equal(("DISAPPROVE KAZ>RUS", "112", null), (Some.Pair(accusation), accusation.Cameo, accusation.Claimant));
    }

    [Theory]
    [InlineData("Russia/PROPN/nsubj/2 said/VERB/root/0/say Russia/PROPN/nsubj/4 attacked/VERB/ccomp/2/attack Ukraine/PROPN/obj/4 ./PUNCT/punct/2")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 said/VERB/root/0/say Russia/PROPN/nsubj/5 will/AUX/aux/5/will/MD attack/VERB/ccomp/2/attack Ukraine/PROPN/obj/5 ./PUNCT/punct/2")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 denied/VERB/root/0/deny that/SCONJ/mark/5/that Russia/PROPN/nsubj/5 attacked/VERB/ccomp/2/attack Ukraine/PROPN/obj/5 ./PUNCT/punct/2")]
    public void OwnActsForecastsAndDenials_AreNoAccusation(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), e => e.Type == PloverEvent.DISAPPROVE);
    }
}
