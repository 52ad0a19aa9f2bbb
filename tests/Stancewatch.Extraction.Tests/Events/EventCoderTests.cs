using Stancewatch.Extraction.Events;
using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Events;

public sealed class EventCoderTests
{
    private static string Pair(Event e) => Some.Pair(e);

    [Fact]
    public void ReportedAct_IsTheReportersClaim_NotTheActorsOwnAct()
    {
        var doc = new DocBuilder()
            .Sentence("The/DET/det/2 Kremlin/PROPN/nsubj/3 said/VERB/root/0/say Kyrgyzstan/PROPN/nsubj/5 backed/VERB/ccomp/3/back the/DET/det/7 operation/NOUN/obj/5 ./PUNCT/punct/3")
            .Build();
        var x = Some.Extract(doc);
        var statement = Assert.Single(x.Statements);
        Assert.Equal("RUS", statement.Source[0].Code);
        Assert.Equal("RUS", statement.Claimant!.Code);
        var e = Assert.Single(x.Events);
        Assert.Equal("SUPPORT KGZ>---", Pair(e));
        Assert.Equal("the operation", e.Target[0].Text);
        Assert.Equal("RUS", e.Claimant!.Code);
        Assert.Equal(statement.Id, e.ReportedBy);
    }

    [Fact]
    public void AttributionChain_InnerStatementKeepsOuterReporterAsClaimant()
    {
        // Russia reported that the latter (Uzbekistan) stated that it supported Moscow.
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 reported/VERB/root/0/report that/SCONJ/mark/5 Uzbekistan/PROPN/nsubj/5 stated/VERB/ccomp/2/state that/SCONJ/mark/8 it/PRON/nsubj/8 supported/VERB/ccomp/5/support Moscow/PROPN/obj/8 ./PUNCT/punct/2")
            .Build();
        var x = Some.Extract(doc);
        Assert.Equal(2, x.Statements.Length);
        var inner = x.Statements.Single(s => s.Source[0].Code == "UZB");
        var outer = x.Statements.Single(s => s.Source[0].Code == "RUS");
        Assert.Equal(outer.Id, inner.ReportedBy);
        Assert.Equal("RUS", inner.Claimant!.Code);
        Assert.All(x.Events, e => Assert.Equal("RUS", e.Claimant!.Code));
    }

    [Fact]
    public void Passive_AgentIsSourceAndSubjectIsTarget()
    {
        var doc = new DocBuilder()
            .Sentence("Ukraine/PROPN/nsubj:pass/3 was/AUX/aux:pass/3/be attacked/VERB/root/0/attack by/ADP/case/5 Russia/PROPN/obl:agent/3 ./PUNCT/punct/3")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("ASSAULT RUS>UKR", Pair(e));
        Assert.Null(e.Claimant);
    }

    [Fact]
    public void Coordination_SplitsIntoOneEventPerSource()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/4 and/CCONJ/cc/3 Kyrgyzstan/PROPN/conj/1 sent/VERB/root/0/send aid/NOUN/obj/4 to/ADP/case/7 Ukraine/PROPN/obl/4 ./PUNCT/punct/4")
            .Build();
        var events = Some.Extract(doc).Events;
        Assert.Equal(["AID KAZ>UKR", "AID KGZ>UKR"], events.Select(Pair).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LeadersOfAAndB_TalkingIsAConsultationBetweenThem()
    {
        var doc = new DocBuilder()
            .Sentence("The/DET/det/2 leaders/NOUN/nsubj/7/leader of/ADP/case/4 Kazakhstan/PROPN/nmod/2 and/CCONJ/cc/6 Ukraine/PROPN/conj/4 spoke/VERB/root/0/speak by/ADP/case/9 telephone/NOUN/obl/7 ./PUNCT/punct/7")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("CONSULT KAZ>UKR", Pair(e));
    }

    [Fact]
    public void ConjunctOnAnyWordOfAName_ActsWithIt()
    {
        // The parser hangs the second name on the surname of the first.
        var doc = new DocBuilder()
            .Sentence("Sadyr/PROPN/nsubj/5 Japarov/PROPN/flat/1 and/CCONJ/cc/4 Putin/PROPN/conj/2 spoke/VERB/root/0/speak by/ADP/case/7 telephone/NOUN/obl/5 ./PUNCT/punct/5")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("CONSULT KGZ>RUS", Pair(e));
    }

    [Fact]
    public void PersonCoordinatedInsideTheOfPhraseOfAPerson_ActsWithIt()
    {
        // The parser hangs "Putin" on "Kazakhstan", as if Tokayev were president of both.
        var doc = new DocBuilder()
            .Sentence("President/PROPN/nmod:desc/2 Tokayev/PROPN/nsubj/8 of/ADP/case/4 Kazakhstan/PROPN/nmod/2 and/CCONJ/cc/7 President/PROPN/nmod:desc/7 Putin/PROPN/conj/4 spoke/VERB/root/0/speak by/ADP/case/10 telephone/NOUN/obl/8 ./PUNCT/punct/8")
            .Build();
        var e = Assert.Single(Some.ExtractWithKnowledgeBase(doc, new DateOnly(2022, 3, 10)).Events);
        Assert.Equal("CONSULT KAZ>RUS", Pair(e));
    }

    [Fact]
    public void ListMisparsedAsTwoSubjects_AllItsMembersAct()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/6 ,/PUNCT/punct/3 Uzbekistan/PROPN/nsubj/6 and/CCONJ/cc/5 Kyrgyzstan/PROPN/conj/3 sent/VERB/root/0/send aid/NOUN/obj/6 to/ADP/case/9 Ukraine/PROPN/obl/6 ./PUNCT/punct/6")
            .Build();
        var events = Some.Extract(doc).Events;
        Assert.Equal(["AID KAZ>UKR", "AID KGZ>UKR", "AID UZB>UKR"], events.Select(Pair).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadinessToMeet_MisparsedOnTheVerb_IsAnIntentToMeet()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 reaffirmed/VERB/root/0/reaffirm its/PRON/nmod:poss/4/its readiness/NOUN/obj/2 to/PART/mark/6 meet/VERB/xcomp/2 Ukraine/PROPN/obj/6 ./PUNCT/punct/2")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("AGREE KAZ>UKR", Pair(e));
        Assert.True(e.IsAct);
    }

    [Theory]
    [InlineData("In/ADP/case/3 a/DET/det/3 conversation/NOUN/obl/8 with/ADP/case/5 Putin/PROPN/nmod/3 ,/PUNCT/punct/8 Japarov/PROPN/nsubj/8 appealed/VERB/root/0/appeal ./PUNCT/punct/8", "CONSULT KGZ>RUS")]
    [InlineData("Kyrgyzstan/PROPN/nsubj/4 will/AUX/aux/4 not/PART/advmod/4 take/VERB/root/0 part/NOUN/obj/4 in/ADP/case/9 Russia/PROPN/nmod:poss/9 's/PART/case/7 war/NOUN/obl/4 ./PUNCT/punct/4", null)]
    public void TalkAsTheSettingOfAClause_IsAConsultationOfItsSubject(string sentence, string? expected)
    {
        var events = Some.Extract(new DocBuilder().Sentence(sentence).Build()).Events.Where(e => e.IsAct && e.Target.Length > 0 && e.Trigger is "conversation" or "war");
        Assert.Equal(expected, events.Select(Pair).SingleOrDefault());
    }

    [Fact]
    public void PartnerOfATalkMisparsedAsApposition_IsStillItsTarget()
    {
        // "had a telephone conversation with President Putin", with "Putin" read as an apposition of the talk.
        var doc = new DocBuilder()
            .Sentence("Japarov/PROPN/nsubj/2 had/VERB/root/0/have a/DET/det/5 telephone/NOUN/compound/5 conversation/NOUN/obj/2 with/ADP/case/8 President/PROPN/nmod:desc/8 Putin/PROPN/appos/5 ./PUNCT/punct/2")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("CONSULT KGZ>RUS", Pair(e));
    }

    [Fact]
    public void InformingOnesOwnCitizens_IsNoConsultation()
    {
        var doc = new DocBuilder()
            .Sentence("Kyrgyzstan/PROPN/nsubj/2 informed/VERB/root/0/inform its/PRON/nmod:poss/4 citizens/NOUN/obj/2/citizen ./PUNCT/punct/2")
            .Build();
        Assert.DoesNotContain(Some.Extract(doc).Events, e => e.Type == PloverEvent.CONSULT);
    }

    [Fact]
    public void CopularContact_IsAConsultationOfTheSubject()
    {
        var doc = new DocBuilder()
            .Sentence("Kyrgyzstan/PROPN/nsubj/5 is/AUX/cop/5/be in/ADP/case/5 close/ADJ/amod/5 contact/NOUN/root/0 with/ADP/case/7 Ukraine/PROPN/nmod/5 ./PUNCT/punct/5")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("CONSULT KGZ>UKR", Pair(e));
    }

    [Fact]
    public void RelativeClauseOnAnObject_IsBackgroundNotAnAct()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 banned/VERB/root/0/ban symbols/NOUN/obj/2 of/ADP/case/5 forces/NOUN/nmod/3 that/PRON/nsubj/7 attacked/VERB/acl:relcl/5/attack Ukraine/PROPN/obj/7 ./PUNCT/punct/2")
            .Build();
        var attack = Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.ASSAULT);
        Assert.True(attack.Presupposed);
        Assert.False(attack.IsAct);
    }

    [Fact]
    public void BetweenAAndB_GivesAConsultationBetweenThem()
    {
        var doc = new DocBuilder()
            .Sentence("A/DET/det/2 conversation/NOUN/nsubj/3 took/VERB/root/0/take place/NOUN/obj/3 between/ADP/case/6 Putin/PROPN/obl/3 and/CCONJ/cc/8 Japarov/PROPN/conj/6 ./PUNCT/punct/3")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("CONSULT RUS>KGZ", Pair(e));
        Assert.Equal("041", e.Cameo);
    }

    [Fact]
    public void LightVerb_CompoundSubjectHadAConversation_IsMutual()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/4 and/CCONJ/cc/3 Russia/PROPN/conj/1 had/VERB/root/0/have a/DET/det/7 telephone/NOUN/compound/7 conversation/NOUN/obj/4 ./PUNCT/punct/4")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("CONSULT KAZ>RUS", Pair(e));
    }

    [Fact]
    public void NounWithPreposition_SanctionsAgainst()
    {
        var doc = new DocBuilder()
            .Sentence("Britain/PROPN/nsubj/2 imposed/VERB/root/0/impose sanctions/NOUN/obj/2/sanction on/ADP/case/5 Moscow/PROPN/obl/2 ./PUNCT/punct/2")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("SANCTION GBR>RUS", Pair(e));
    }

    [Fact]
    public void Negation_DidNot_IsKeptAndMarked()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/4 did/AUX/aux/4/do not/PART/advmod/4 support/VERB/root/0/support Russia/PROPN/obj/4 ./PUNCT/punct/4")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("SUPPORT KAZ>RUS", Pair(e));
        Assert.True(e.Negated);
        Assert.False(e.Hypothetical);
    }

    [Fact]
    public void Refusal_IsARejection_AndTheRefusedActIsNegated()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 refused/VERB/root/0/refuse to/PART/mark/4 send/VERB/xcomp/2/send troops/NOUN/obj/4/troops to/ADP/case/7 Ukraine/PROPN/obl/4 ./PUNCT/punct/2")
            .Build();
        var events = Some.Extract(doc).Events;
        var reject = Assert.Single(events, e => e.Type == PloverEvent.REJECT);
        Assert.Equal("KAZ", reject.Source[0].Code);
        Assert.False(reject.Negated);
        var sent = Assert.Single(events, e => e.Type == PloverEvent.MOBILIZE);
        Assert.True(sent.Negated);
    }

    [Fact]
    public void NegatedFutureRecognition_IsARejection()
    {
        var doc = new DocBuilder()
            .Sentence("Uzbekistan/PROPN/nsubj/4 will/AUX/aux/4 not/PART/advmod/4 recognize/VERB/root/0/recognize the/DET/det/6 republics/NOUN/obj/4/republic ./PUNCT/punct/4")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal(PloverEvent.REJECT, e.Type);
        Assert.Equal("UZB", e.Source[0].Code);
    }

    [Fact]
    public void FutureCooperation_IsAnExpressionOfIntent()
    {
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/3 would/AUX/aux/3 discuss/VERB/root/0/discuss with/ADP/case/5 Ukraine/PROPN/obl/3 ./PUNCT/punct/3")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("AGREE RUS>UKR", Pair(e));
        Assert.Contains("intent", e.Context);
    }

    [Fact]
    public void Conditional_IsHypothetical()
    {
        var doc = new DocBuilder()
            .Sentence("If/SCONJ/mark/3 Russia/PROPN/nsubj/3 attacks/VERB/advcl/6/attack Kazakhstan/PROPN/obj/3 ,/PUNCT/punct/3 Britain/PROPN/nsubj/7 protests/VERB/root/0/protest ./PUNCT/punct/7")
            .Build();
        var attack = Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.ASSAULT);
        Assert.True(attack.Hypothetical);
    }

    [Fact]
    public void Denial_StatementIsKept_AndDeniedEventIsMarked()
    {
        var doc = new DocBuilder()
            .Sentence("Ashimbayev/PROPN/nsubj/2 denied/VERB/root/0/deny that/SCONJ/mark/5 Russia/PROPN/nsubj/5 asked/VERB/ccomp/2/ask Kazakhstan/PROPN/obj/5 for/ADP/case/8 troops/NOUN/obl/5 ./PUNCT/punct/2")
            .Build();
        var x = Some.Extract(doc);
        var statement = Assert.Single(x.Statements);
        Assert.Equal("KAZ", statement.Source[0].Code);
        var asked = Assert.Single(x.Events, e => e.Type == PloverEvent.DEMAND);
        Assert.True(asked.Denied);
        Assert.Equal("KAZ", asked.Claimant!.Code);
        Assert.DoesNotContain(x.Events, e => e.Type == PloverEvent.REJECT);
    }

    [Fact]
    public void Hedge_ReportedlyMarksUncertain_AndAdjectiveGivesTarget()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/3 reportedly/ADV/advmod/3 rejected/VERB/root/0/reject a/DET/det/6 Russian/ADJ/amod/6/russian request/NOUN/obj/3 ./PUNCT/punct/3")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.REJECT);
        Assert.Equal("REJECT KAZ>RUS", Pair(e));
        Assert.True(e.Uncertain);
    }

    [Fact]
    public void RelativeClause_HeadNounIsTheSource()
    {
        var doc = new DocBuilder()
            .Sentence("Britain/PROPN/nsubj/2 condemned/VERB/root/0/condemn Russia/PROPN/obj/2 ,/PUNCT/punct/6 which/PRON/nsubj/6 invaded/VERB/acl:relcl/3/invade Ukraine/PROPN/obj/6 ./PUNCT/punct/2")
            .Build();
        var events = Some.Extract(doc).Events.Select(Pair).ToList();
        Assert.Contains("DISAPPROVE GBR>RUS", events);
        Assert.Contains("ASSAULT RUS>UKR", events);
    }

    [Fact]
    public void Civilians_TakeTheCountryWhereTheyAct()
    {
        var doc = new DocBuilder()
            .Sentence("In/ADP/case/2 Almaty/PROPN/obl/4 activists/NOUN/nsubj/4/activist demonstrated/VERB/root/0/demonstrate against/ADP/case/6 Russia/PROPN/obl/4 ./PUNCT/punct/4")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("PROTEST KAZ>RUS", Pair(e));
        Assert.Equal("CVL", e.Source[0].Sector);
    }

    [Fact]
    public void Date_FromAttachedDateExpression()
    {
        var doc = new DocBuilder()
            .Sentence("On/ADP/case/2 February/PROPN/obl/5 26/NUM/nummod/2 Russia/PROPN/nsubj/5 attacked/VERB/root/0/attack Ukraine/PROPN/obj/5 ./PUNCT/punct/5")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal(new DateOnly(2022, 2, 26), e.Date);
    }
}

public sealed class EventCoderReadingTests
{
    private static string Pair(Event e) => Some.Pair(e);

    private static IReadOnlyList<Event> WithKnowledgeBase(string sentence) =>
        Some.ExtractWithKnowledgeBase(new DocBuilder().Sentence(sentence).Build(), new DateOnly(2022, 3, 1)).Events;

    [Fact]
    public void EventNounAfterPreposition_IsBackground_NotAReport()
    {
        var doc = new DocBuilder()
            .Sentence("Protests/NOUN/nsubj/2/protest grew/VERB/root/0/grow after/ADP/case/5 Russia/PROPN/nmod:poss/5 invasion/NOUN/obl/2 of/ADP/case/7 Ukraine/PROPN/nmod/5 ./PUNCT/punct/2")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.ASSAULT);
        Assert.True(e.Presupposed);
        Assert.False(e.IsAct);
    }

    [Fact]
    public void EventNounAsObjectOrOccurringSubject_IsReported()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 held/VERB/root/0/hold talks/NOUN/obj/2/talk with/ADP/case/5 Uzbekistan/PROPN/nmod/3 ./PUNCT/punct/2")
            .Sentence("The/DET/det/2 talks/NOUN/nsubj/3/talk took/VERB/root/0/take place/NOUN/obj/3 in/ADP/case/6 Almaty/PROPN/obl/3 ./PUNCT/punct/3")
            .Build();
        var consultations = Some.Extract(doc).Events.Where(e => e.Type == PloverEvent.CONSULT).ToList();
        Assert.Equal([0, 1], consultations.Select(e => e.Evidence.Sentence));
        Assert.All(consultations, e => Assert.False(e.Presupposed));
        Assert.All(consultations, e => Assert.Equal("CONSULT KAZ>UZB", Pair(e)));
    }

    [Fact]
    public void WarningToTheirOwnCitizens_TargetsEachSourceItself()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/4 and/CCONJ/cc/3 Kyrgyzstan/PROPN/conj/1 warned/VERB/root/0/warn their/PRON/nmod:poss/6/their citizens/NOUN/obj/4/citizen ./PUNCT/punct/4")
            .Build();
        var events = Some.Extract(doc).Events.Select(Pair).Order(StringComparer.Ordinal);
        Assert.Equal(["THREATEN KAZ>KAZ", "THREATEN KGZ>KGZ"], events);
    }

    [Fact]
    public void BanWithoutForeignAddressee_IsAimedAtTheCountryItself()
    {
        var doc = new DocBuilder()
            .Sentence("Kyrgyzstan/PROPN/nsubj/2 banned/VERB/root/0/ban rallies/NOUN/obj/2/rally near/ADP/case/6 the/DET/det/6 embassy/NOUN/nmod/3 ./PUNCT/punct/2")
            .Build();
        Assert.Equal("COERCE KGZ>KGZ", Pair(Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.COERCE)));
    }

    [Fact]
    public void TargetAfterTheLastConjunctOfTheObject_IsFound()
    {
        var doc = new DocBuilder()
            .Sentence("Uzbekistan/PROPN/nsubj/2 sent/VERB/root/0/send aid/NOUN/obj/2 and/CCONJ/cc/5 supplies/NOUN/conj/3/supply to/ADP/case/7 Ukraine/PROPN/nmod/5 ./PUNCT/punct/2")
            .Build();
        Assert.Contains("AID UZB>UKR", Some.Extract(doc).Events.Select(Pair));
    }

    [Fact]
    public void CiviliansInASentenceSetting_TakeTheCountryOfTheSetting()
    {
        // A misparse leaves "In Almaty" as the root; the setting still places the activists.
        var doc = new DocBuilder()
            .Sentence("In/ADP/case/2 Almaty/PROPN/root/0 ,/PUNCT/punct/4 activists/NOUN/conj/2/activist demonstrated/VERB/acl/4/demonstrate against/ADP/case/7 Russia/PROPN/obl/5 ./PUNCT/punct/2")
            .Build();
        Assert.Equal("PROTEST KAZ>RUS", Pair(Assert.Single(Some.Extract(doc).Events)));
    }

    [Fact]
    public void GovernmentNamedByItsSeat_IsTheSource()
    {
        var doc = new DocBuilder()
            .Sentence("The/DET/det/2 government/NOUN/nsubj/5 in/ADP/case/4 Almaty/PROPN/nmod/2 condemned/VERB/root/0/condemn Russia/PROPN/obj/5 ./PUNCT/punct/5")
            .Build();
        Assert.Equal("DISAPPROVE KAZ>RUS", Pair(Assert.Single(Some.Extract(doc).Events)));
    }

    [Fact]
    public void PresentTenseNegatedSanctions_IsAStandingRefusal()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/4 does/AUX/aux/4/do/VBZ not/PART/advmod/4 impose/VERB/root/0/impose/VB sanctions/NOUN/obj/4/sanction on/ADP/case/7 Russia/PROPN/obl/4 ./PUNCT/punct/4")
            .Build();
        var events = Some.Extract(doc).Events;
        Assert.Contains(events, e => Pair(e) == "REJECT KAZ>RUS" && e.IsAct);
        Assert.DoesNotContain(events, e => e.Type == PloverEvent.SANCTION && e.IsAct);
    }

    [Fact]
    public void PastNegation_StaysANegatedEvent()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/4 did/AUX/aux/4/do/VBD not/PART/advmod/4 condemn/VERB/root/0/condemn/VB Russia/PROPN/obj/4 ./PUNCT/punct/4")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("DISAPPROVE KAZ>RUS", Pair(e));
        Assert.True(e.Negated);
    }

    [Theory]
    [InlineData("Kazakhstan/PROPN/nsubj/3 is/AUX/cop/3/be wary/ADJ/root/0 of/SCONJ/mark/5 condemning/VERB/advcl/3/condemn Russia/PROPN/obj/5 ./PUNCT/punct/3")]
    [InlineData("Kazakhstan/PROPN/nsubj/3 is/AUX/cop/3/be reluctant/ADJ/root/0 to/PART/mark/5 condemn/VERB/xcomp/3/condemn Russia/PROPN/obj/5 ./PUNCT/punct/3")]
    [InlineData("No/INTJ/discourse/4/no Russian/ADJ/amod/3 official/NOUN/nsubj/4 condemned/VERB/root/0/condemn Ukraine/PROPN/obj/4 ./PUNCT/punct/4")]
    public void ReluctanceAndNoSubject_NegateTheEvent(string sentence)
    {
        var condemned = Some.Extract(new DocBuilder().Sentence(sentence).Build()).Events.Where(e => e.Type == PloverEvent.DISAPPROVE).ToList();
        Assert.NotEmpty(condemned);
        Assert.All(condemned, e => Assert.True(e.Negated));
    }

    [Fact]
    public void JointAgreement_GoesBothWays()
    {
        var doc = new DocBuilder()
            .Sentence("Putin/PROPN/nsubj/4 and/CCONJ/cc/3 Japarov/PROPN/conj/1 agreed/VERB/root/0/agree on/ADP/case/6 cooperation/NOUN/obl/4 ./PUNCT/punct/4")
            .Build();
        var events = Some.Extract(doc).Events.Where(e => e.Type == PloverEvent.AGREE).Select(Pair).Order(StringComparer.Ordinal);
        Assert.Equal(["AGREE KGZ>RUS", "AGREE RUS>KGZ"], events);
    }

    [Fact]
    public void WantingToAttack_IsAThreat_WantingAnotherToAttack_IsAnAppealToIt()
    {
        var own = new DocBuilder().Sentence("Putin/PROPN/nsubj/2 wants/VERB/root/0/want to/PART/mark/4 attack/VERB/xcomp/2/attack Ukraine/PROPN/obj/4 ./PUNCT/punct/2").Build();
        var others = new DocBuilder().Sentence("Putin/PROPN/nsubj/2 wants/VERB/root/0/want Kazakhstan/PROPN/obj/2 to/PART/mark/5 attack/VERB/xcomp/2/attack Ukraine/PROPN/obj/5 ./PUNCT/punct/2").Build();
        var thing = new DocBuilder().Sentence("Putin/PROPN/nsubj/2 wants/VERB/root/0/want Ukraine/PROPN/obj/2 ./PUNCT/punct/2").Build();

        Assert.Equal("THREATEN RUS>UKR", Pair(Assert.Single(Some.Extract(own).Events)));
        var events = Some.Extract(others).Events;
        var wished = Assert.Single(events, e => e.Type == PloverEvent.ASSAULT);
        Assert.Equal(("ASSAULT KAZ>UKR", true), (Pair(wished), wished.Hypothetical));
        Assert.Equal("DEMAND RUS>KAZ", Pair(Assert.Single(events, e => e.Type == PloverEvent.DEMAND)));
        Assert.Empty(Some.Extract(thing).Events);
    }

    [Fact]
    public void PurposeClause_IsNotAnAct()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj:pass/4 was/AUX/aux/4/be being/AUX/aux:pass/4/be pressured/VERB/root/0/pressure to/PART/mark/6 help/VERB/advcl/4/help Ukraine/PROPN/obj/6 ./PUNCT/punct/4")
            .Build();
        var aid = Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.AID);
        Assert.Equal("AID KAZ>UKR", Pair(aid));
        Assert.True(aid.Hypothetical);
    }

    [Theory]
    [InlineData("Kazakhstan/PROPN/nsubj/4 will/AUX/aux/4/will/MD not/PART/advmod/4/not join/VERB/root/0/join the/DET/det/6 sanctions/NOUN/obj/4/sanction against/ADP/case/8 Russia/PROPN/nmod/6 ./PUNCT/punct/4", "REJECT KAZ>RUS", true)]
    [InlineData("Kazakhstan/PROPN/nsubj/4 does/AUX/aux/4/do/VBZ not/PART/advmod/4/not participate/VERB/root/0/participate/VB in/ADP/case/7 the/DET/det/7 sanctions/NOUN/obl/4/sanction against/ADP/case/9 Russia/PROPN/nmod/7 ./PUNCT/punct/4", "REJECT KAZ>RUS", true)]
    [InlineData("Kazakhstan/PROPN/nsubj/2 rejected/VERB/root/0/reject anti-Russian/ADJ/amod/4/anti-russian sanctions/NOUN/obj/2/sanction ./PUNCT/punct/2", "REJECT KAZ>RUS", true)]
    [InlineData("Kazakhstan/PROPN/nsubj/2 joined/VERB/root/0/join anti-Russian/ADJ/amod/4/anti-russian sanctions/NOUN/obj/2/sanction ./PUNCT/punct/2", "SANCTION KAZ>RUS", true)]
    [InlineData("Kazakhstan/PROPN/nsubj/4 did/AUX/aux/4/do not/PART/advmod/4/not criticize/VERB/root/0/criticize Russia/PROPN/obj/4 ,/PUNCT/punct/10 nor/CCONJ/cc/10/nor has/AUX/aux/10/have it/PRON/nsubj/10/it joined/VERB/conj/4/join anti-Russian/ADJ/amod/12/anti-russian sanctions/NOUN/obj/10/sanction ./PUNCT/punct/4", "SANCTION KAZ>RUS", false)]
    [InlineData("Serbia/PROPN/nsubj/2 decided/VERB/root/0/decide not/PART/advmod/5/not to/PART/mark/5 join/VERB/xcomp/2/join the/DET/det/7 sanctions/NOUN/obj/5/sanction against/ADP/case/9 Russia/PROPN/nmod/7 ./PUNCT/punct/2", "REJECT SRB>RUS", true)]
    [InlineData("Serbia/PROPN/nsubj/2 refused/VERB/root/0/refuse to/PART/mark/4 join/VERB/xcomp/2/join the/DET/det/6 sanctions/NOUN/obj/4/sanction against/ADP/case/8 Russia/PROPN/nmod/6 ./PUNCT/punct/2", "REJECT SRB>RUS", true)]
    [InlineData("Serbia/PROPN/nsubj/2 decided/VERB/root/0/decide to/PART/mark/4 join/VERB/xcomp/2/join the/DET/det/6 sanctions/NOUN/obj/4/sanction against/ADP/case/8 Russia/PROPN/nmod/6 ./PUNCT/punct/2", "SANCTION SRB>RUS", true)]
    [InlineData("Serbia/PROPN/nsubj/3 is/AUX/cop/3/be wary/ADJ/root/0 of/SCONJ/mark/5 joining/VERB/advcl/3/join the/DET/det/7 sanctions/NOUN/obj/5/sanction against/ADP/case/9 Russia/PROPN/nmod/7 ./PUNCT/punct/3", "SANCTION SRB>RUS", false)]
    [InlineData("Georgia/PROPN/nsubj/4 is/AUX/aux/4/be not/PART/advmod/4/not going/VERB/root/0/go/VBG to/PART/mark/6 participate/VERB/xcomp/4/participate in/ADP/case/8 sanctions/NOUN/obl/6/sanction ./PUNCT/punct/4", "REJECT GEO>", true)]
    [InlineData("Kazakhstan/PROPN/nsubj/4 did/AUX/aux/4/do not/PART/advmod/4/not criticize/VERB/root/0/criticize Russia/PROPN/obj/4 ,/PUNCT/punct/8 nor/CCONJ/cc/8/nor has/AUX/conj/4/have it/PRON/nsubj/10/it joined/VERB/advcl:relcl/8/join anti-Russian/ADJ/amod/12/anti-russian sanctions/NOUN/obj/10/sanction ./PUNCT/punct/4", "SANCTION KAZ>RUS", false)]
    public void SanctionsCarriedByALightVerb_TakeItsNegationAndTheirAim(string sentence, string expected, bool act)
    {
        var events = WithKnowledgeBase(sentence);
        string found = string.Join("; ", events.Select(x => Pair(x) + (x.IsAct ? "" : " (not an act)")));
        Assert.Contains(expected + (act ? "" : " (not an act)"), found, StringComparison.Ordinal);
    }

    [Theory]
    // "nor" hung on the auxiliary of a clause the parser attached as an adverbial.
    [InlineData("Kazakhstan/PROPN/nsubj/4 did/AUX/aux/4/do not/PART/advmod/4/not support/VERB/root/0/support resolutions/NOUN/obj/4/resolution ,/PUNCT/punct/10 nor/CCONJ/cc/8/nor has/AUX/aux/10/have it/PRON/nsubj/10/it joined/VERB/advcl/4/join anti-Russian/ADJ/amod/12/anti-russian sanctions/NOUN/obj/10/sanction ./PUNCT/punct/4", "SANCTION")]
    // What one warns against is not done.
    [InlineData("Kazakhstan/PROPN/nsubj/2 warned/VERB/root/0/warn citizens/NOUN/obj/2/citizen against/SCONJ/mark/5 joining/VERB/advcl/2/join/VBG the/DET/det/7 war/NOUN/obj/5/war in/ADP/case/9 Ukraine/PROPN/nmod/7 ./PUNCT/punct/2", "ASSAULT")]
    // "None of the states have criticised Russia", parsed as a relative clause on "none".
    [InlineData("None/PRON/root/0/none of/ADP/case/4 the/DET/det/4 states/NOUN/nmod/1/state in/ADP/case/7 Central/ADJ/amod/7/central Asia/PROPN/nsubj/9 have/AUX/aux/9/have criticised/VERB/acl:relcl/1/criticise Russia/PROPN/obj/9 ./PUNCT/punct/1", "DISAPPROVE")]
    // "neither" hung on the verb: "neither condemned nor supported".
    [InlineData("Kazakhstan/PROPN/nsubj/3 neither/CCONJ/cc/3/neither condemned/VERB/root/0/condemn nor/CCONJ/cc/5/nor supported/VERB/conj/3/support Russia/PROPN/obj/3 ./PUNCT/punct/3", "DISAPPROVE")]
    public void ActsNegatedOrWarnedAgainst_AreNotActs(string sentence, string type)
    {
        var coded = WithKnowledgeBase(sentence).Where(e => e.Type.ToString() == type).ToList();
        Assert.NotEmpty(coded);
        Assert.All(coded, e => Assert.True(e.Negated || e.Hypothetical, Pair(e)));
        Assert.DoesNotContain(coded, e => e.IsAct);
    }

    [Theory]
    [InlineData("Kazakhstan/PROPN/nsubj/2 addressed/VERB/root/0/address the/DET/det/4 war/NOUN/obj/2/war ./PUNCT/punct/2")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 discussed/VERB/root/0/discuss the/DET/det/4 sanctions/NOUN/obj/2/sanction ./PUNCT/punct/2")]
    public void EventNounAsTheTopicOfSpeech_IsNotTheSpeakersAct(string sentence)
    {
        Assert.DoesNotContain(WithKnowledgeBase(sentence), e => e.Source.Any(a => a.Code == "KAZ") && e.Type is PloverEvent.ASSAULT or PloverEvent.SANCTION);
    }

    [Theory]
    [InlineData("Kazakhstan/PROPN/nsubj/2 informed/VERB/root/0/inform its/PRON/nmod:poss/4/its citizens/NOUN/obj/2/citizen that/SCONJ/mark/8 they/PRON/nsubj/8/they would/AUX/aux/8/would face/VERB/ccomp/2/face imprisonment/NOUN/obj/8/imprisonment ./PUNCT/punct/2", true)]
    // The same clause parsed as a relative clause on the addressee.
    [InlineData("Kazakhstan/PROPN/nsubj/2 informed/VERB/root/0/inform its/PRON/nmod:poss/4/its citizens/NOUN/obj/2/citizen that/PRON/nsubj/6/that face/VERB/acl:relcl/4/face imprisonment/NOUN/obj/6/imprisonment ./PUNCT/punct/2", true)]
    [InlineData("Russia/PROPN/nsubj/2 informed/VERB/root/0/inform Kazakhstan/PROPN/obj/2 about/ADP/case/6 the/DET/det/6 arrest/NOUN/obl/2/arrest ./PUNCT/punct/2", false)]
    public void TellingPeopleTheyFaceAPenalty_IsAThreat(string sentence, bool threat)
    {
        var events = WithKnowledgeBase(sentence);
        Assert.Equal(threat, events.Any(e => e.Type == PloverEvent.THREATEN && e.IsAct));
    }

    [Fact]
    public void SameActReadTwiceInASentence_IsCodedOnce()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 condemned/VERB/root/0/condemn Russia/PROPN/obj/2 and/CCONJ/cc/5 criticised/VERB/conj/2/criticise Russia/PROPN/obj/5 ./PUNCT/punct/2")
            .Build();
        Assert.Single(Some.Extract(doc).Events, e => Pair(e) == "DISAPPROVE KAZ>RUS");
    }

    [Theory]
    [InlineData("Soldiers/NOUN/nsubj:pass/3/soldier were/AUX/aux:pass/3/be captured/VERB/root/0/capture in/SCONJ/mark/5 fighting/VERB/advcl/3/fight between/ADP/case/10 Ukrainian/ADJ/amod/10 and/CCONJ/cc/9 Russian/ADJ/conj/7 forces/NOUN/obj/5/force ./PUNCT/punct/3", "ASSAULT RUS>UKR; ASSAULT UKR>RUS")]
    [InlineData("Turkey/PROPN/nsubj/2 mediated/VERB/root/0/mediate between/ADP/case/4 Russia/PROPN/obl/2 and/CCONJ/cc/6 Ukraine/PROPN/conj/4 ./PUNCT/punct/2", "CONSULT TUR>RUS; CONSULT TUR>UKR")]
    public void PartiesAfterBetween_AreTheTargetsOrTheActorsThemselves(string sentence, string expected)
    {
        var events = WithKnowledgeBase(sentence).Select(Pair).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join("; ", events));
    }

    [Fact]
    public void ActDemandedInAClauseOnANoun_IsHypothetical()
    {
        var events = WithKnowledgeBase("There/PRON/expl/2/there were/VERB/root/0/be demands/NOUN/nsubj/2/demand on/ADP/case/5 Kazakhstan/PROPN/nmod/3 upon/SCONJ/mark/7 withdrawing/VERB/acl/3/withdraw/VBG from/ADP/case/10 the/DET/det/10 CSTO/PROPN/obl/7 ./PUNCT/punct/2");
        var withdrawal = events.Where(e => e.Type == PloverEvent.RETREAT).ToList();
        Assert.NotEmpty(withdrawal);
        Assert.All(withdrawal, e => Assert.True(e.Hypothetical));
    }

    [Theory]
    [InlineData("Russia/PROPN/nsubj/2 held/VERB/root/0/hold military/ADJ/amod/4 exercises/NOUN/obj/2/exercise in/ADP/case/6 Belarus/PROPN/nmod/4 ./PUNCT/punct/2", "MOBILIZE RUS>BLR")]
    [InlineData("Russia/PROPN/nsubj/2 held/VERB/root/0/hold talks/NOUN/obj/2/talk in/ADP/case/6 Belarus/PROPN/obl/2 ./PUNCT/punct/2", "")]
    public void EventNounWithNoOtherParty_IsAimedAtThePlaceButAMeetingIsNot(string sentence, string expected)
    {
        var events = WithKnowledgeBase(sentence).Where(e => e.Target.Length == 1).Select(Pair);
        Assert.Equal(expected, string.Join("; ", events));
    }

    [Fact]
    public void CoordinatedVerbWithoutSubject_SharesTheFirstSubject_NotANounBeforeTheConjunction()
    {
        var events = WithKnowledgeBase("Georgia/PROPN/nsubj/2 supported/VERB/root/0/support/VBD Russia/PROPN/nmod:poss/5 's/PART/case/3 membership/NOUN/obj/2 ,/PUNCT/punct/9 and/CCONJ/cc/9 also/ADV/advmod/9 backed/VERB/conj/2/back/VBD Ukraine/PROPN/obj/9 ./PUNCT/punct/2");
        Assert.Contains(events, e => Pair(e) == "SUPPORT GEO>UKR");
        Assert.DoesNotContain(events, e => Pair(e) == "SUPPORT RUS>UKR");
    }

    [Fact]
    public void BanOnProtestsOutsideAnEmbassy_IsAimedAtTheProtesters()
    {
        var events = WithKnowledgeBase("A/DET/det/3/a local/ADJ/amod/3 court/NOUN/nsubj/6/court in/ADP/case/5 Bishkek/PROPN/nmod/3 banned/VERB/root/0/ban/VBD protests/NOUN/obj/6/protest outside/ADP/case/11 the/DET/det/11 Russian/ADJ/amod/11 embassy/NOUN/nmod/7 ./PUNCT/punct/6");
        var ban = Assert.Single(events, e => e.Type == PloverEvent.COERCE);
        Assert.Equal("COERCE KGZ>KGZ", Pair(ban));
        Assert.Equal(("JUD", "CVL"), (ban.Source[0].Sector, ban.Target[0].Sector));
    }

    [Fact]
    public void EventNounJudgedByAVerb_IsNotTheJudgesAct()
    {
        var events = WithKnowledgeBase("Russia/PROPN/nsubj/2 condemned/VERB/root/0/condemn the/DET/det/4 protests/NOUN/obj/2/protest in/ADP/case/6 Kazakhstan/PROPN/nmod/4 ./PUNCT/punct/2");
        Assert.DoesNotContain(events, e => e.Type == PloverEvent.PROTEST && e.Source.Any(a => a.Code == "RUS"));
        Assert.Contains(events, e => Pair(e) == "DISAPPROVE RUS>KAZ");
    }

    [Fact]
    public void RefusingAnothersRequest_LeavesTheRequestMade()
    {
        var doc = new DocBuilder().Sentence("Kazakhstan/PROPN/nsubj/2 refused/VERB/root/0/refuse the/DET/det/5 Russian/ADJ/amod/5 request/NOUN/obj/2/request ./PUNCT/punct/2").Build();
        var events = Some.ExtractWithKnowledgeBase(doc, new DateOnly(2022, 3, 1)).Events;
        Assert.Contains(events, e => Pair(e) == "REJECT KAZ>RUS");
        Assert.DoesNotContain(events, e => e.Type == PloverEvent.DEMAND && e.Negated);
    }

    [Theory]
    [InlineData("Kazakh/ADJ/amod/2 officials/NOUN/nsubj/3/official received/VERB/root/0/receive ministers/NOUN/obj/3/minister from/ADP/case/8 the/DET/det/8 Russian/ADJ/amod/8 government/NOUN/obl/3 ./PUNCT/punct/3", "CONSULT KAZ>RUS")]
    [InlineData("Evidence/NOUN/nsubj:pass/5/evidence against/ADP/case/3 Russia/PROPN/nmod/1 was/AUX/aux:pass/5/be presented/VERB/root/0/present by/ADP/case/7 Kazakhstan/PROPN/obl:agent/5 ./PUNCT/punct/5", "DISAPPROVE KAZ>RUS")]
    public void ArgumentsTheParserHangsElsewhere_AreStillFound(string sentence, string expected)
    {
        var events = WithKnowledgeBase(sentence);
        Assert.Contains(events, e => Pair(e) == expected);
    }

    [Fact]
    public void BarePastParticipleOnANoun_MakesTheNounItsObject()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 freed/VERB/root/0/free/VBD two/NUM/nummod/5 Russian/ADJ/amod/5 activists/NOUN/obj/2/activist arrested/VERB/acl/5/arrest/VBN by/ADP/case/8 Uzbekistan/PROPN/obl:agent/6 ./PUNCT/punct/2")
            .Build();
        var events = Some.ExtractWithKnowledgeBase(doc, new DateOnly(2022, 3, 1)).Events;
        Assert.Contains(events, e => Pair(e) == "COERCE UZB>RUS");
        Assert.DoesNotContain(events, e => e.Type == PloverEvent.COERCE && e.Source.Any(a => a.Code == "RUS"));
    }

    [Theory]
    [InlineData("A/DET/det/2 court/NOUN/nsubj/5 in/ADP/case/4 Guyana/PROPN/nmod/2 issued/VERB/root/0/issue arrest/NOUN/compound/7 warrants/NOUN/obj/5/warrant for/ADP/case/11 two/NUM/nummod/11 Brazilian/ADJ/amod/11 men/NOUN/nmod/7/man ./PUNCT/punct/5", "COERCE", "173")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 expelled/VERB/root/0/expel Russian/ADJ/amod/4 journalists/NOUN/obj/2/journalist ./PUNCT/punct/2", "COERCE", "174")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 expelled/VERB/root/0/expel Russian/ADJ/amod/4 diplomats/NOUN/obj/2/diplomat ./PUNCT/punct/2", "SANCTION", "166")]
    public void WarrantsAndExpulsions_HaveTheirCameoCodes(string sentence, string type, string cameo)
    {
        var events = WithKnowledgeBase(sentence);
        Assert.Contains(events, e => e.Type.ToString() == type && e.Cameo == cameo);
    }

    [Theory]
    [InlineData("Kazakhstan/PROPN/nsubj/2 appealed/VERB/root/0/appeal for/ADP/case/4 calm/NOUN/obl/2 ./PUNCT/punct/2", "DEMAND KAZ>RUS")]
    [InlineData("Kazakhstan/PROPN/nsubj/4 has/AUX/aux/4/have been/AUX/aux/4/be pressing/VERB/root/0/press/VBG for/ADP/case/6 calm/NOUN/obl/4 ./PUNCT/punct/4", "DEMAND KAZ>")]
    public void AppealAfterACall_GoesToTheOtherParty_UnlessAStandingPosition(string second, string expected)
    {
        var doc = new DocBuilder()
            .Sentence("Tokayev/PROPN/nsubj/2 called/VERB/root/0/call Putin/PROPN/obj/2 ./PUNCT/punct/2")
            .Sentence(second)
            .Build();
        var events = Some.ExtractWithKnowledgeBase(doc, new DateOnly(2022, 3, 1)).Events;
        Assert.Contains(events, e => Pair(e) == expected);
    }

    [Fact]
    public void AppealInTheSettingOfACall_GoesToTheOtherParty()
    {
        var events = WithKnowledgeBase("In/ADP/case/3 a/DET/det/3 conversation/NOUN/obl/8 with/ADP/case/5 Putin/PROPN/nmod/3 ,/PUNCT/punct/3 Tokayev/PROPN/nsubj/8 appealed/VERB/root/0/appeal for/ADP/case/10 calm/NOUN/obl/8 ./PUNCT/punct/8");
        Assert.Contains(events, e => Pair(e) == "DEMAND KAZ>RUS");
    }

    [Fact]
    public void ReadinessToMeet_IsAnAgreementNotAMeeting()
    {
        var doc = new DocBuilder()
            .Sentence("Japarov/PROPN/nsubj/2 reaffirmed/VERB/root/0/reaffirm his/PRON/nmod:poss/4/his readiness/NOUN/obj/2 to/PART/mark/6 receive/VERB/acl/4/receive Putin/PROPN/obj/6 ./PUNCT/punct/2")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal("AGREE KGZ>RUS", Pair(e));
        Assert.True(e.IsAct);
    }

    [Fact]
    public void DefiniteConversation_IsTheOneReportedBefore_AndTheInitiatorIsItsSource()
    {
        var doc = new DocBuilder()
            .Sentence("Putin/PROPN/nsubj/2 spoke/VERB/root/0/speak with/ADP/case/4 Japarov/PROPN/obl/2 ./PUNCT/punct/2")
            .Sentence("The/DET/det/2 conversation/NOUN/nsubj/3 took/VERB/root/0/take place/NOUN/obj/3 on/ADP/case/7 the/DET/det/7 initiative/NOUN/obl/3 of/ADP/case/9 Kyrgyzstan/PROPN/nmod/7 ./PUNCT/punct/3")
            .Build();
        var second = Assert.Single(Some.Extract(doc).Events, e => e.Evidence.Sentence == 1);
        Assert.Equal("CONSULT KGZ>RUS", Pair(second));
    }

    [Fact]
    public void FiniteVerbWithoutParsedSubject_TakesTheActorBeforeIt()
    {
        // "after" misparsed as a preposition of "Russia" leaves "launched" without a subject.
        var doc = new DocBuilder()
            .Sentence("After/ADP/case/2 Russia/PROPN/obl/3 launched/VERB/root/0/launch/VBD its/PRON/nmod:poss/5 war/NOUN/obj/3 on/ADP/case/7 Ukraine/PROPN/nmod/5 ./PUNCT/punct/3")
            .Build();
        Assert.Contains("ASSAULT RUS>UKR", Some.Extract(doc).Events.Where(e => e.IsAct).Select(Pair));
    }

    [Fact]
    public void IntentionUnderACondition_IsNoThreat()
    {
        var doc = new DocBuilder()
            .Sentence("Whether/SCONJ/mark/3/whether Kazakhstan/PROPN/nsubj/3 will/AUX/aux/3/will impose/VERB/root/0/impose sanctions/NOUN/obj/3/sanction on/ADP/case/7 Russia/PROPN/obl/3 ./PUNCT/punct/3")
            .Build();
        Assert.DoesNotContain(Some.Extract(doc).Events, e => e.IsAct);
    }

    [Fact]
    public void FirstPersonInsideAQuote_IsTheSpeaker()
    {
        var doc = new DocBuilder()
            .Sentence("“/PUNCT/punct/3 We/PRON/nsubj/3/we condemned/VERB/ccomp/8/condemn Russia/PROPN/obj/3 ,/PUNCT/punct/3 ”/PUNCT/punct/3 Japarov/PROPN/nsubj/8 said/VERB/root/0/say ./PUNCT/punct/8")
            .Build();
        var x = Some.Extract(doc);
        Assert.Contains(x.Mentions, m => m.Kind == Stancewatch.Extraction.Actors.MentionKind.Coreference && m.Actors[0].Code == "KGZ" && m.Actors[0].Text == "We");
        Assert.Contains("DISAPPROVE KGZ>RUS", x.Events.Select(Pair));
    }

    [Fact]
    public void DemandThatAClauseHappen_TargetsTheClauseSubject()
    {
        var doc = new DocBuilder()
            .Sentence("Ukraine/PROPN/nsubj/2 demanded/VERB/root/0/demand that/SCONJ/mark/5 Russia/PROPN/nsubj/5 withdraw/VERB/ccomp/2/withdraw ./PUNCT/punct/2")
            .Build();
        Assert.Contains("DEMAND UKR>RUS", Some.Extract(doc).Events.Select(Pair));
    }

    [Fact]
    public void OfferToActTowardSomeone_TargetsThem()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 offered/VERB/root/0/offer to/PART/mark/4 hand/VERB/xcomp/2/hand them/PRON/obj/4 to/ADP/case/7 Russia/PROPN/obl/4 ./PUNCT/punct/2")
            .Build();
        Assert.Contains(Some.Extract(doc).Events, e => e.Type == PloverEvent.AGREE && Pair(e) == "AGREE KAZ>RUS");
    }

    [Fact]
    public void ActWithNoOtherParty_TargetsThePlaceItAppliesTo()
    {
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 lifted/VERB/root/0/lift the/DET/det/4 curfew/NOUN/obj/2 in/ADP/case/6 Almaty/PROPN/obl/2 ./PUNCT/punct/2")
            .Build();
        Assert.Contains("CONCEDE RUS>KAZ", Some.Extract(doc).Events.Select(Pair));
    }

    [Fact]
    public void BannedFromFighting_TheFightingDidNotHappen()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 banned/VERB/root/0/ban citizens/NOUN/obj/2/citizen from/SCONJ/mark/5 fighting/VERB/advcl/2/fight in/ADP/case/7 Ukraine/PROPN/obl/5 ./PUNCT/punct/2")
            .Build();
        Assert.DoesNotContain(Some.Extract(doc).Events, e => e.Type == PloverEvent.ASSAULT && e.IsAct);
    }

    [Fact]
    public void JudgementInAQuotedPredicate_IsTheSpeakersDisapproval()
    {
        // Britain said that Russia's operation was a violation of the Charter.
        var doc = new DocBuilder()
            .Sentence("Britain/PROPN/nsubj/2 said/VERB/root/0/say that/SCONJ/mark/9 Russia/PROPN/nmod:poss/6 's/PART/case/4 operation/NOUN/nsubj/9 was/AUX/cop/9/be a/DET/det/9 violation/NOUN/ccomp/2 ./PUNCT/punct/2")
            .Build();
        Assert.Contains("DISAPPROVE GBR>RUS", Some.Extract(doc).Events.Select(Pair));
    }

    [Fact]
    public void JudgementInTheArticlesOwnVoice_IsNoGovernmentsAct()
    {
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nmod:poss/3 's/PART/case/1 operation/NOUN/nsubj/6 was/AUX/cop/6/be a/DET/det/6 violation/NOUN/root/0 ./PUNCT/punct/6")
            .Build();
        Assert.DoesNotContain(Some.Extract(doc).Events, e => e.Type == PloverEvent.DISAPPROVE);
    }

    [Fact]
    public void PassiveAttackWithoutAgent_ComesFromThePlaceItWasFiredFrom()
    {
        var doc = new DocBuilder()
            .Sentence("A/DET/det/2 rocket/NOUN/nsubj:pass/4/rocket was/AUX/aux:pass/4/be fired/VERB/root/0/fire at/ADP/case/6 Israel/PROPN/obl/4 from/ADP/case/10 the/DET/det/10 Gaza/PROPN/compound/10 Strip/PROPN/obl/4 ./PUNCT/punct/4")
            .Build();
        Assert.Contains("ASSAULT PSE>ISR", Some.ExtractWithKnowledgeBase(doc, new DateOnly(2014, 8, 1)).Events.Select(Pair));
    }

    [Fact]
    public void AttackOnTheSpeakerItReports_IsItsAccusation()
    {
        // Israel said a rocket was fired at it from the Gaza Strip.
        var doc = new DocBuilder()
            .Sentence("Israel/PROPN/nsubj/2 said/VERB/root/0/say a/DET/det/4 rocket/NOUN/nsubj:pass/6/rocket was/AUX/aux:pass/6/be fired/VERB/ccomp/2/fire at/ADP/case/8 it/PRON/obl/6/it from/ADP/case/12 the/DET/det/12 Gaza/PROPN/compound/12 Strip/PROPN/obl/6 ./PUNCT/punct/2")
            .Build();
        var events = Some.ExtractWithKnowledgeBase(doc, new DateOnly(2014, 8, 1)).Events;
        Assert.Contains("ASSAULT PSE>ISR", events.Select(Pair));
        Assert.Contains(events, e => Pair(e) == "DISAPPROVE ISR>PSE" && ReportedAccusations.IsAccusation(e));
    }

    [Fact]
    public void PassiveAttackByNoOneNamed_HasAnUnknownSource_AJudgementHasNone()
    {
        var attacked = new DocBuilder()
            .Sentence("Ukraine/PROPN/nsubj:pass/3 was/AUX/aux:pass/3/be attacked/VERB/root/0/attack ./PUNCT/punct/3")
            .Build();
        Assert.Equal(["ASSAULT --->UKR"], Some.Extract(attacked).Events.Select(Pair));
        var condemned = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj:pass/3 was/AUX/aux:pass/3/be condemned/VERB/root/0/condemn ./PUNCT/punct/3")
            .Build();
        Assert.Empty(Some.Extract(condemned).Events);
    }

    [Theory]
    [InlineData("obj")]
    [InlineData("iobj")]
    public void RefusedPermission_IsARejection(string relation)
    {
        var doc = new DocBuilder()
            .Sentence($"Kazakhstan/PROPN/nsubj/4 will/AUX/aux/4/will not/PART/advmod/4/not give/VERB/root/0/give permission/NOUN/{relation}/4/permission to/ADP/case/7 Russia/PROPN/obl/4 ./PUNCT/punct/4")
            .Build();
        Assert.Contains("REJECT KAZ>RUS", Some.Extract(doc).Events.Select(Pair));
    }

    [Fact]
    public void SeekingToDeepenAPartnership_IsEachOnesIntentToCooperate()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/4 and/CCONJ/cc/3 Uzbekistan/PROPN/conj/1 seek/VERB/root/0/seek to/PART/mark/6 deepen/VERB/xcomp/4/deepen a/DET/det/8 partnership/NOUN/obj/6/partnership ./PUNCT/punct/4")
            .Build();
        var events = Some.Extract(doc).Events;
        Assert.Equal(["AGREE KAZ>UZB", "AGREE UZB>KAZ"], events.Select(Pair).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Contains("intent", e.Context));
    }

    [Fact]
    public void RefusedSummit_RejectsItsHost()
    {
        // Kyrgyzstan will refrain from participating in the summit in Switzerland.
        var doc = new DocBuilder()
            .Sentence("Kyrgyzstan/PROPN/nsubj/3 will/AUX/aux/3/will refrain/VERB/root/0/refrain from/SCONJ/mark/5 participating/VERB/advcl/3/participate in/ADP/case/8 the/DET/det/8 summit/NOUN/obl/5/summit in/ADP/case/10 Switzerland/PROPN/nmod/8 ./PUNCT/punct/3")
            .Build();
        Assert.Contains("REJECT KGZ>CHE", Some.ExtractWithKnowledgeBase(doc, new DateOnly(2024, 6, 1)).Events.Select(Pair));
    }

    [Theory]
    [InlineData("condolences/NOUN/obj/2/condolence to/ADP/case/5", "018")]
    [InlineData("doubt/NOUN/obj/2/doubt about/ADP/case/5", "012")]
    [InlineData("appreciation/NOUN/obj/2/appreciation to/ADP/case/5", "013")]
    public void ExpressedFeeling_IsAStatementOfCameosStatementBlock(string feeling, string cameo)
    {
        var doc = new DocBuilder()
            .Sentence($"Kazakhstan/PROPN/nsubj/2 expressed/VERB/root/0/express {feeling} Ukraine/PROPN/obl/2 ./PUNCT/punct/2")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events);
        Assert.Equal(("STATEMENT KAZ>UKR", cameo), (Pair(e), e.Cameo));
    }

    [Fact]
    public void ClaimOfResponsibility_IsAboutWhomTheActConcerns_HoweverDeepItIsNamed()
    {
        // Russia claimed responsibility for an attack on a base in Ukraine's east.
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 claimed/VERB/root/0/claim responsibility/NOUN/obj/2/responsibility for/ADP/case/6 an/DET/det/6 attack/NOUN/nmod/3/attack on/ADP/case/9 a/DET/det/9 base/NOUN/nmod/6/base in/ADP/case/13 Ukraine/PROPN/nmod:poss/13 's/PART/case/11 east/NOUN/nmod/9/east ./PUNCT/punct/2")
            .Build();
        var claim = Assert.Single(Some.Extract(doc).All(), e => e.Type == PloverEvent.STATEMENT);
        Assert.Equal(("STATEMENT RUS>UKR", "015"), (Pair(claim), claim.Cameo));
    }

    [Fact]
    public void CodedStatementThatIsAlsoAnUtterance_IsOneRecordWithTheCode()
    {
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 denied/VERB/root/0/deny any/DET/det/4 involvement/NOUN/obj/2/involvement in/ADP/case/7 the/DET/det/7 attack/NOUN/nmod/4/attack on/ADP/case/9 Ukraine/PROPN/nmod/7 ./PUNCT/punct/2")
            .Build();
        var x = Some.Extract(doc);
        var statement = Assert.Single(x.Statements);
        Assert.Equal(("016", "UKR"), (statement.Cameo, statement.Target.Single().Code));
        Assert.DoesNotContain(x.Events, e => e.Type == PloverEvent.STATEMENT);
    }

    [Fact]
    public void AskedToAct_TheIndirectObjectIsTheAddresseeAndController()
    {
        // EWT makes "Kyrgyzstan" in "asked Kyrgyzstan to stop the rallies" an indirect object.
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 asked/VERB/root/0/ask Kyrgyzstan/PROPN/iobj/2 to/PART/mark/5 stop/VERB/xcomp/2/stop the/DET/det/7 rallies/NOUN/obj/5/rally ./PUNCT/punct/2")
            .Build();
        Assert.Contains("DEMAND RUS>KGZ", Some.Extract(doc).Events.Select(Pair));
    }

    [Fact]
    public void AppealWithAMessage_IsAddressedToTheMessagesAddressee_NotToItsOwnSource()
    {
        // Russia sent a note to Kyrgyzstan, requesting a stop to rallies outside the Russian embassy.
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 sent/VERB/root/0/send a/DET/det/4 note/NOUN/obj/2/note to/ADP/case/6 Kyrgyzstan/PROPN/nmod/4 ,/PUNCT/punct/8 requesting/VERB/advcl/2/request a/DET/det/10 stop/NOUN/obj/8/stop to/ADP/case/12 rallies/NOUN/nmod/10/rally outside/ADP/case/16 the/DET/det/16 Russian/ADJ/amod/16 embassy/NOUN/nmod/12/embassy ./PUNCT/punct/2")
            .Build();
        Assert.Contains("DEMAND RUS>KGZ", Some.Extract(doc).Events.Select(Pair));
    }

    [Fact]
    public void WillingToAct_ParsedWithAnExpletiveIt_IsTheAntecedentsIntent()
    {
        // Russia says it is willing to withdraw from Ukraine ("it" parsed as an expletive).
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 says/VERB/root/0/say it/PRON/expl/5/it is/AUX/cop/5/be willing/ADJ/ccomp/2/willing to/PART/mark/7 withdraw/VERB/xcomp/5/withdraw from/ADP/case/9 Ukraine/PROPN/obl/7 ./PUNCT/punct/2")
            .Build();
        Assert.Contains("AGREE RUS>UKR", Some.ExtractWithKnowledgeBase(doc, new DateOnly(2022, 3, 1)).Events.Select(Pair));
    }

    [Fact]
    public void CountryAdjectiveOnAnActNoun_IsItsAgent()
    {
        var doc = new DocBuilder()
            .Sentence("Palestinian/ADJ/amod/2/palestinian riots/NOUN/nsubj/5/riot against/ADP/case/4 Israel/PROPN/nmod/2 continued/VERB/root/0/continue ./PUNCT/punct/5")
            .Build();
        Assert.Contains("PROTEST PSE>ISR", Some.ExtractWithKnowledgeBase(doc, new DateOnly(2000, 10, 1)).Events.Select(Pair));
    }

    [Fact]
    public void PreparedToUseForce_ParsedAsAPassive_IsAThreatByItsSubject()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj:pass/3 is/AUX/aux:pass/3/be prepared/VERB/root/0/prepare to/PART/mark/5 impose/VERB/xcomp/3/impose martial/ADJ/amod/7/martial law/NOUN/obj/5/law ./PUNCT/punct/3")
            .Build();
        Assert.Contains(Some.Extract(doc).Events, e => e.Type == PloverEvent.THREATEN && e.Source[0].Code == "KAZ" && e.IsAct);
    }

    [Fact]
    public void CountryAdjectiveHeadingAPhrase_StandsForTheCountry()
    {
        // UN troops withdrew from the Syrian to the Israeli sector.
        var doc = new DocBuilder()
            .Sentence("UN/PROPN/compound/2 troops/NOUN/nsubj/3/troop withdrew/VERB/root/0/withdraw from/ADP/case/6 the/DET/det/6 Syrian/ADJ/obl/3/syrian to/ADP/case/10 the/DET/det/10 Israeli/ADJ/amod/10/israeli sector/NOUN/obl/3/sector ./PUNCT/punct/3")
            .Build();
        Assert.Contains("RETREAT UN>SYR", Some.ExtractWithKnowledgeBase(doc, new DateOnly(2014, 9, 1)).Events.Select(Pair));
    }

    [Fact]
    public void SpeakerTellingOfItsOwnForce_ClaimsResponsibility()
    {
        // Russia said Moscow attacked Ukraine.
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 said/VERB/root/0/say Moscow/PROPN/nsubj/4 attacked/VERB/ccomp/2/attack Ukraine/PROPN/obj/4 ./PUNCT/punct/2")
            .Build();
        var statement = Assert.Single(Some.Extract(doc).Statements);
        Assert.Equal(("015", "UKR"), (statement.Cameo, statement.Target.Single().Code));
    }

    [Fact]
    public void WarningAboutAnotherCountry_IsNoBanOnOwnPeople()
    {
        // Kazakhstan warned that an intervention in Ukraine would be a mistake.
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 warned/VERB/root/0/warn that/SCONJ/mark/11 an/DET/det/5 intervention/NOUN/nsubj/11/intervention in/ADP/case/7 Ukraine/PROPN/nmod/5 would/AUX/aux/11/would be/AUX/cop/11/be a/DET/det/11 mistake/NOUN/ccomp/2/mistake ./PUNCT/punct/2")
            .Build();
        var warning = Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.THREATEN);
        Assert.DoesNotContain(warning.Target, a => a.Code == "KAZ");
    }

    [Fact]
    public void PausedAid_IsAidSuspended()
    {
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 paused/VERB/root/0/pause assistance/NOUN/obj/2/assistance to/ADP/case/5 Ukraine/PROPN/obl/2 ./PUNCT/punct/2")
            .Build();
        Assert.Contains("SANCTION RUS>UKR", Some.Extract(doc).Events.Select(Pair));
    }

    [Theory]
    [InlineData("Kazakhstan/PROPN/nsubj/2 stood/VERB/root/0/stand in/ADP/case/4 solidarity/NOUN/obl/2/solidarity with/ADP/case/6 Ukraine/PROPN/nmod/4 ./PUNCT/punct/2", "SUPPORT KAZ>UKR")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 stands/VERB/root/0/stand with/ADP/case/4 Ukraine/PROPN/obl/2 ./PUNCT/punct/2", "SUPPORT KAZ>UKR")]
    [InlineData("Kazakhstan/PROPN/nsubj/2 spoke/VERB/root/0/speak by/ADP/case/4 phone/NOUN/obl/2/phone with/ADP/case/6 Russia/PROPN/nmod/4 ./PUNCT/punct/2", "CONSULT KAZ>RUS")]
    public void NewsPhrasings_CodeTheirEvent(string sentence, string expected) =>
        Assert.Contains(expected, Some.Extract(new DocBuilder().Sentence(sentence).Build()).Events.Select(Pair));

    [Fact]
    public void ExercisingRestraint_IsNoMilitaryExercise()
    {
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/2 exercised/VERB/root/0/exercise restraint/NOUN/obj/2/restraint ./PUNCT/punct/2")
            .Build();
        Assert.Empty(Some.Extract(doc).Events);
    }

    [Fact]
    public void StatementUrgingAnAct_IsItsIssuersDemand()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 issued/VERB/root/0/issue a/DET/det/4 statement/NOUN/obj/2/statement urging/VERB/acl/4/urge Russia/PROPN/obj/5 to/PART/mark/8 withdraw/VERB/xcomp/5/withdraw ./PUNCT/punct/2")
            .Build();
        Assert.Contains("DEMAND KAZ>RUS", Some.Extract(doc).Events.Select(Pair));
    }

    [Fact]
    public void ContentOfADeniedReport_IsDenied()
    {
        // Kazakhstan denied reports that it had supplied weapons to Russia.
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 denied/VERB/root/0/deny reports/NOUN/obj/2/report that/SCONJ/mark/7 it/PRON/nsubj/7/it had/AUX/aux/7/have supplied/VERB/acl/3/supply weapons/NOUN/obj/7/weapon to/ADP/case/10 Russia/PROPN/obl/7 ./PUNCT/punct/2")
            .Build();
        var supply = Assert.Single(Some.ExtractWithKnowledgeBase(doc, new DateOnly(2022, 3, 1)).Events, e => e.Type == PloverEvent.AID);
        Assert.True(supply.Denied);
        Assert.False(supply.IsAct);
    }

    [Fact]
    public void BrokeredCeasefire_IsMediationBetweenTheParties_NotTheBrokersRetreat()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/2 brokered/VERB/root/0/broker a/DET/det/4 ceasefire/NOUN/obj/2/ceasefire between/ADP/case/6 Russia/PROPN/obl/2 and/CCONJ/cc/8 Ukraine/PROPN/conj/6 ./PUNCT/punct/2")
            .Build();
        var events = Some.Extract(doc).Events;
        Assert.Contains("CONSULT KAZ>RUS", events.Select(Pair));
        Assert.DoesNotContain(events, e => e.Type == PloverEvent.RETREAT && e.Source.Any(a => a.Code == "KAZ"));
    }

    [Fact]
    public void TwoSubjectsTheParserDidNotCoordinate_AreOneList()
    {
        // Russia and Kazakhstan held a telephone conversation (parsed with two subjects).
        var doc = new DocBuilder()
            .Sentence("Russia/PROPN/nsubj/4 and/CCONJ/cc/3 Kazakhstan/PROPN/nsubj/4 held/VERB/root/0/hold a/DET/det/7 telephone/NOUN/compound/7/telephone conversation/NOUN/obj/4/conversation ./PUNCT/punct/4")
            .Build();
        var call = Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.CONSULT);
        Assert.Equal(["KAZ", "RUS"], call.Source.Concat(call.Target).Select(a => a.Code).Order(StringComparer.Ordinal));
    }
}
