using System.Collections.Immutable;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;
using Stancewatch.Training.Evaluation;

namespace Stancewatch.Training.Tests.Evaluation;

public sealed class EventEvaluatorTests
{
    private static readonly CameoPloverTable Table = CameoPloverTable.Read(new StringReader("040: CONSULT,   , diplomatic    # Consult\n120: REJECT,   ,  # Reject\n"), "table");

    private static Event Coded(PloverEvent type, string? cameo, string source, string target) => new()
    {
        Id = "d/e0",
        Type = type,
        Cameo = cameo,
        Source = [new ActorRef(source)],
        Target = [new ActorRef(target)],
        Evidence = new Evidence("d", 0, 0, 1, "x"),
    };

    private static EventEvaluation Score(string label, Event coded)
    {
        var gold = new GoldSentence("s1", null, "x", null, [new GoldEvent(label, [new GoldActor("", "AAA", null)], [new GoldActor("", "BBB", null)])]);
        var doc = AnnotatedDocument.FromText("d", "x");
        return new EventEvaluator(Table).EvaluatePetrarch([gold], _ => (doc, new DocumentExtraction("d", [], [], [coded])));
    }

    [Fact]
    public void Petrarch_AnUndirectedConsultationAnswersARecordEitherWayRound() =>
        Assert.Equal(1, Score("040", Coded(PloverEvent.CONSULT, "040", "BBB", "AAA")).RootCorrect);

    [Fact]
    public void Petrarch_ADirectedEventMustHaveItsDirection() =>
        Assert.Equal(0, Score("120", Coded(PloverEvent.REJECT, "120", "BBB", "AAA")).RootCorrect);

    [Fact]
    public void Petrarch_AStatementCountsOnlyWithACodeOfCameosStatementBlock()
    {
        Assert.Equal(1, Score("015", Coded(PloverEvent.STATEMENT, "015", "AAA", "BBB")).RootCorrect);
        Assert.Equal(0, Score("010", Coded(PloverEvent.STATEMENT, null, "AAA", "BBB")).RootCorrect);
    }
}
