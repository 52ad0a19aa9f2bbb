using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Events;

public sealed class ObligationReaderTests
{
    [Theory]
    [InlineData("Kazakhstan/PROPN/nsubj/2 said/VERB/root/0/say Russia/PROPN/nsubj/5 must/AUX/aux/5/must/MD return/VERB/ccomp/2/return the/DET/det/7 aircraft/NOUN/obj/5 ./PUNCT/punct/2")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 insisted/VERB/root/0/insist that/SCONJ/mark/6 Russia/PROPN/nsubj/6 should/AUX/aux/6/should/MD leave/VERB/ccomp/2/leave ./PUNCT/punct/2")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 said/VERB/root/0/say Russia/PROPN/nsubj/4 has/VERB/ccomp/2/have/VBZ to/PART/mark/6 leave/VERB/xcomp/4/leave ./PUNCT/punct/2")]
    public void SpeakerSayingAnotherPartyMustAct_IsADemandOfThatParty(string sentence)
    {
        var events = Some.Extract(new DocBuilder().Sentence(sentence).Build()).Events;
        var demand = Assert.Single(events, e => e.Type == PloverEvent.DEMAND);
        Assert.Equal("DEMAND KAZ>RUS", Some.Pair(demand));
        Assert.True(demand.IsAct);
    }

    [Theory]
    [InlineData("Kazakhstan/PROPN/nsubj/2 said/VERB/root/0/say Russia/PROPN/nsubj/5 has/AUX/aux/5/have/VBZ already/ADV/advmod/5 left/VERB/ccomp/2/leave ./PUNCT/punct/2")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 said/VERB/root/0/say Russia/PROPN/nsubj:pass/6 must/AUX/aux/6/must/MD be/AUX/aux:pass/6/be punished/VERB/ccomp/2/punish ./PUNCT/punct/2")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 said/VERB/root/0/say it/PRON/nsubj/5 must/AUX/aux/5/must/MD respond/VERB/ccomp/2/respond ./PUNCT/punct/2")]
    public void ReportedFactsPassivesAndSelfObligations_AreNoDemand(string sentence)
    {
        var events = Some.Extract(new DocBuilder().Sentence(sentence).Build()).Events;
        Assert.DoesNotContain(events, e => e.Type == PloverEvent.DEMAND);
    }
}
