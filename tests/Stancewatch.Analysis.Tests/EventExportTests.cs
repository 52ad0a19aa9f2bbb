using System.Collections.Immutable;
using Stancewatch.Analysis.Tests.Support;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Events;

namespace Stancewatch.Analysis.Tests;

public sealed class EventExportTests
{
    private static Event Coded(string id, PloverEvent type, ImmutableArray<ActorRef> source, ImmutableArray<ActorRef> target, Evidence evidence) => new()
    {
        Id = id,
        Type = type,
        Source = source,
        Target = target,
        Evidence = evidence,
    };

    [Fact]
    public void Export_KeepsDyadicEventsAndStatements_DropsMonadicAndUnresolvedOnes()
    {
        var doc = new TestDoc().Sentence("Kazakhstan sent aid to Ukraine.").Build();
        var evidence = new Evidence(doc.Source.Id, 0, 0, 31, "Kazakhstan sent aid to Ukraine.");
        ActorRef kaz = new("KAZ", "GOV"), ukr = new("UKR", "GOV"), unknown = new(EventCoder.UnknownCode);
        doc = doc with
        {
            Events =
            [
                Coded("dyadic", PloverEvent.AID, [kaz], [ukr], evidence),
                Coded("statement", PloverEvent.STATEMENT, [kaz], [], evidence),
                Coded("coded utterance", PloverEvent.STATEMENT, [kaz], [], evidence) with { Cameo = "016", Frame = "deny" },
                Coded("condolences", PloverEvent.STATEMENT, [kaz], [ukr], evidence) with { Cameo = "018" },
                Coded("coded, monadic", PloverEvent.STATEMENT, [kaz], [], evidence) with { Cameo = "018" },
                Coded("monadic", PloverEvent.MOBILIZE, [kaz], [], evidence),
                Coded("unresolved", PloverEvent.AID, [kaz], [unknown], evidence),
            ],
        };

        var result = TestDoc.Analyze(doc);

        Assert.Equal(["coded utterance", "condolences", "dyadic", "statement"], result.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Kazakhstan refused to recognise the Donetsk republic.", "KAZ", "---", "RUS")]
    [InlineData("Kazakhstan will not recognise the referendums in Ukraine.", "KAZ", "UKR", "RUS")]
    [InlineData("Kazakhstan refused to recognise the Chinese position.", "KAZ", "CHN", "CHN")]
    [InlineData("Russia refused to recognise the republics' critics.", "RUS", "---", "---")]
    [InlineData("Georgia is not going to participate in sanctions.", "GEO", "---", "RUS")]
    public void Export_ReadsARefusedFocalActAsRejectingItsOwner(string sentence, string source, string target, string expected)
    {
        var doc = new TestDoc().Sentence(sentence).Build();
        var evidence = new Evidence(doc.Source.Id, 0, 0, sentence.Length, sentence);
        doc = doc with { Events = [Coded("refusal", PloverEvent.REJECT, [new(source, "GOV")], [new(target, "GOV")], evidence)] };

        var result = TestDoc.Analyze(doc);

        Assert.Equal(expected == "---" ? [] : [expected], result.Events.SelectMany(e => e.Target).Select(a => a.Code));
    }

    [Fact]
    public void Export_KeepsTheFirstBodyTellingOfACall_AndOtherActsAsTold()
    {
        const string headline = "Kazakhstan and Russia talk.";
        const string first = "Tokayev spoke with Putin by phone.";
        const string retold = "Putin briefed Tokayev on the war.";
        var doc = new TestDoc().Sentence(headline).Sentence(first).Sentence(retold).Build(title: "Kazakhstan and Russia talk");
        Evidence At(int sentence, string text) => new(doc.Source.Id, sentence, doc.Source.Text.IndexOf(text, StringComparison.Ordinal), doc.Source.Text.IndexOf(text, StringComparison.Ordinal) + text.Length, text);
        ActorRef kaz = new("KAZ", "GOV"), rus = new("RUS", "GOV");
        doc = doc with
        {
            Events =
            [
                Coded("headline", PloverEvent.CONSULT, [kaz], [rus], At(0, headline)),
                Coded("first", PloverEvent.CONSULT, [kaz], [rus], At(1, first)),
                Coded("retold", PloverEvent.CONSULT, [rus], [kaz], At(2, retold)),
                Coded("aid once", PloverEvent.AID, [kaz], [rus], At(1, first)),
                Coded("aid twice", PloverEvent.AID, [kaz], [rus], At(2, retold)),
            ],
        };

        var result = TestDoc.Analyze(doc);

        Assert.Equal(["aid once", "aid twice", "first"], result.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
    }
}
