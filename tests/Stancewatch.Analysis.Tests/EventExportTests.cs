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
                Coded("monadic", PloverEvent.MOBILIZE, [kaz], [], evidence),
                Coded("unresolved", PloverEvent.AID, [kaz], [unknown], evidence),
            ],
        };

        var result = TestDoc.Analyze(doc);

        Assert.Equal(["dyadic", "statement"], result.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
    }
}
