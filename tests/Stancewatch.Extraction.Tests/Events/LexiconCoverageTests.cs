using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Events;

/// <summary>Verb and noun patterns taken over from the CAMEO verb dictionary (data/lexicons), one construction a row.</summary>
public sealed class LexiconCoverageTests
{
    [Theory]
    // A particle's argument meets the constraint, so the object is the target.
    [InlineData("Ukraine/PROPN/nsubj/2 engaged/VERB/root/0/engage Russia/PROPN/obj/2 in/ADP/case/6 a/DET/det/6 firefight/NOUN/obl/2 ./PUNCT/punct/2", "ASSAULT UKR>RUS")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 allowed/VERB/root/0/allow Russia/PROPN/obj/2 to/PART/mark/5 fly/VERB/xcomp/2/fly ./PUNCT/punct/2", "CONCEDE KAZ>RUS")]
    // Releases, lifted blockades and eased sanctions are PLOVER's RETREAT (CAMEO 0841, 0872, 085), as CAMEO2PLOVER maps them.
    [InlineData("Kazakhstan/PROPN/nsubj/2 released/VERB/root/0/release Russian/ADJ/amod/4 prisoners/NOUN/obj/2/prisoner ./PUNCT/punct/2", "RETREAT KAZ>RUS")]
    [InlineData("Russia/PROPN/nsubj/2 lifted/VERB/root/0/lift the/DET/det/4 blockade/NOUN/obj/2/blockade on/ADP/case/6 Ukraine/PROPN/nmod/4 ./PUNCT/punct/2", "RETREAT RUS>UKR")]
    [InlineData("Russia/PROPN/nsubj/2 eased/VERB/root/0/ease sanctions/NOUN/obj/2/sanction on/ADP/case/5 Ukraine/PROPN/nmod/3 ./PUNCT/punct/2", "RETREAT RUS>UKR")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 opened/VERB/root/0/open an/DET/det/4 investigation/NOUN/obj/2 into/ADP/case/6 Russia/PROPN/nmod/4 ./PUNCT/punct/2", "INVESTIGATE KAZ>RUS")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 cancelled/VERB/root/0/cancel a/DET/det/4 visit/NOUN/obj/2 to/ADP/case/6 Russia/PROPN/obl/2 ./PUNCT/punct/2", "SANCTION KAZ>RUS")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 reached/VERB/root/0/reach an/DET/det/4 agreement/NOUN/obj/2 with/ADP/case/6 Russia/PROPN/obl/2 ./PUNCT/punct/2", "AGREE KAZ>RUS")]
    [InlineData("Russia/PROPN/nsubj/3 has/AUX/aux/3/have completed/VERB/root/0/complete its/PRON/nmod:poss/5/its withdrawal/NOUN/obj/3 from/ADP/case/7 Ukraine/PROPN/nmod/5 ./PUNCT/punct/3", "RETREAT RUS>UKR")]
    // Receiving: the party after "from" is the source.
    [InlineData("Ukraine/PROPN/nsubj/2 received/VERB/root/0/receive weapons/NOUN/obj/2/weapon from/ADP/case/5 Britain/PROPN/obl/2 ./PUNCT/punct/2", "AID GBR>UKR")]
    [InlineData("Kyrgyzstan/PROPN/nsubj/2 received/VERB/root/0/receive assurances/NOUN/obj/2/assurance from/ADP/case/5 Russia/PROPN/obl/2 ./PUNCT/punct/2", "AGREE RUS>KGZ")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 presented/VERB/root/0/present evidence/NOUN/obj/2 against/ADP/case/5 Russia/PROPN/nmod/3 ./PUNCT/punct/2", "DISAPPROVE KAZ>RUS")]
    [InlineData("Ukraine/PROPN/nsubj/2 launched/VERB/root/0/launch missiles/NOUN/obj/2/missile at/ADP/case/5 Russia/PROPN/obl/2 ./PUNCT/punct/2", "ASSAULT UKR>RUS")]
    [InlineData("Russia/PROPN/nsubj/2 held/VERB/root/0/hold military/ADJ/amod/4 exercises/NOUN/obj/2/exercise in/ADP/case/6 Ukraine/PROPN/nmod/4 ./PUNCT/punct/2", "MOBILIZE RUS>UKR")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 launched/VERB/root/0/launch a/DET/det/5 mediation/NOUN/compound/5 effort/NOUN/obj/2 between/ADP/case/7 Russia/PROPN/nmod/5 and/CCONJ/cc/9 Ukraine/PROPN/conj/7 ./PUNCT/punct/2", "CONSULT KAZ>RUS")]
    // Accepting or welcoming someone's proposal is aimed at its owner.
    [InlineData("Kazakhstan/PROPN/nsubj/2 accepted/VERB/root/0/accept Russia/PROPN/nmod:poss/5 's/PART/case/3 proposal/NOUN/obj/2 ./PUNCT/punct/2", "AGREE KAZ>RUS")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 welcomed/VERB/root/0/welcome Russia/PROPN/nmod:poss/5 's/PART/case/3 decision/NOUN/obj/2 ./PUNCT/punct/2", "SUPPORT KAZ>RUS")]
    [InlineData("Russia/PROPN/nsubj/2 mobilized/VERB/root/0/mobilize reservists/NOUN/obj/2/reservist for/ADP/case/5 war/NOUN/obl/2 against/ADP/case/7 Ukraine/PROPN/nmod/5 ./PUNCT/punct/2", "MOBILIZE RUS>UKR")]
    [InlineData("Russia/PROPN/nsubj/2 began/VERB/root/0/begin the/DET/det/4 withdrawal/NOUN/obj/2 of/ADP/case/6 troops/NOUN/nmod/4/troop from/ADP/case/8 Ukraine/PROPN/nmod/6 ./PUNCT/punct/2", "RETREAT RUS>UKR")]
    public void CameoPatterns_CodeTheirEvent(string sentence, string expected)
    {
        var events = Some.Extract(new DocBuilder().Sentence(sentence).Build()).Events;
        Assert.Contains(events, e => Some.Pair(e) == expected);
    }

    [Fact]
    public void LiftedSanctions_AreNoSanctionsImposed()
    {
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 lifted/VERB/root/0/lift sanctions/NOUN/obj/2/sanction on/ADP/case/5 Ukraine/PROPN/nmod/3 ./PUNCT/punct/2")
            .Build();
        Assert.DoesNotContain(Some.Extract(doc).Events, e => e.Type == PloverEvent.SANCTION);
    }

    [Fact]
    public void ThreatToAct_IsNotAimedAtTheSourcesOwnPeople()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 threatened/VERB/root/0/threaten to/PART/mark/4 leave/VERB/xcomp/2/leave the/DET/det/6 talks/NOUN/obj/4/talk ./PUNCT/punct/2")
            .Build();
        var threat = Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.THREATEN);
        Assert.Empty(threat.Target);
    }

    [Fact]
    public void Protest_IsAimedAtTheGovernmentWhereItTakesPlace_EvenWithThePlaceHungOnAnotherAdverbial()
    {
        var doc = new DocBuilder()
            .Sentence("Russian/ADJ/amod/2 students/NOUN/nsubj/3/student demonstrated/VERB/root/0/demonstrate on/ADP/case/5 Tuesday/PROPN/obl/3 in/ADP/case/7 Almaty/PROPN/nmod/5 ./PUNCT/punct/3")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal(PloverEvent.PROTEST, e.Type);
        Assert.Equal("KAZ", Assert.Single(e.Target).Code);
    }

    [Fact]
    public void SeekingToAct_IsNoDemand()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/3 is/AUX/aux/3/be seeking/VERB/root/0/seek to/PART/mark/5 deepen/VERB/xcomp/3/deepen ties/NOUN/obj/5/tie with/ADP/case/8 Russia/PROPN/nmod/6 ./PUNCT/punct/3")
            .Build();
        Assert.DoesNotContain(Some.Extract(doc).Events, e => e.Type == PloverEvent.DEMAND);
    }

    [Fact]
    public void ArrestOfUnnamedPeople_IsNotAimedAtTheSourcesOwnPublic()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 arrested/VERB/root/0/arrest dozens/NOUN/obj/2/dozen ./PUNCT/punct/2")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal(PloverEvent.COERCE, e.Type);
        Assert.DoesNotContain(e.Target, a => a.Code == "KAZ");
    }

    [Fact]
    public void ProtestByAnUnknownGroup_StillTargetsTheGovernmentWhereItTakesPlace()
    {
        var doc = new DocBuilder()
            .Sentence("Farmers/NOUN/nsubj/2/farmer demonstrated/VERB/root/0/demonstrate in/ADP/case/4 Almaty/PROPN/obl/2 ./PUNCT/punct/2")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("PROTEST --->KAZ", Some.Pair(e));
    }

    [Fact]
    public void ConditionalThreat_IsAimedAtThePartyWhoseActIsTheCondition()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 threatened/VERB/root/0/threaten to/PART/mark/4 leave/VERB/xcomp/2/leave the/DET/det/6 talks/NOUN/obj/4/talk unless/SCONJ/mark/9 Russia/PROPN/nsubj/9 withdraws/VERB/advcl/4/withdraw ./PUNCT/punct/2")
            .Build();
        var threat = Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.THREATEN);
        Assert.Equal("THREATEN KAZ>RUS", Some.Pair(threat));
    }

    [Fact]
    public void RestrictionImposedSomewhere_TargetsThatPlace()
    {
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 imposed/VERB/root/0/impose a/DET/det/4 curfew/NOUN/obj/2 in/ADP/case/6 Almaty/PROPN/obl/2 ./PUNCT/punct/2")
            .Build();
        Assert.Contains(Some.Extract(doc).Events, e => Some.Pair(e) == "COERCE RUS>KAZ");
    }
}
