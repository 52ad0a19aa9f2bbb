using Stancewatch.Nlp.Parsing;

namespace Stancewatch.Nlp.Tests.Parsing;

public sealed class ParserTransitionsTests
{
    private static readonly ParserTransitions Transitions = new(["det", "nsubj", "obj", "root"]);

    [Fact]
    public void OnlyLegal_IsShiftOnAnEmptyStack_AndTheRootArcAtTheEnd()
    {
        var state = new ArcHybridState(2);
        Assert.Equal(0, Transitions.OnlyLegal(state));
        state.Shift();
        Assert.Equal(-1, Transitions.OnlyLegal(state));
        state.Shift();
        state.Right(Transitions.Labels.IndexOf("obj"));
        Assert.Equal(Transitions.LeftClass(Transitions.RootId), Transitions.OnlyLegal(state));
    }

    [Fact]
    public void OnlyLegal_AgreesWithBestLegal_WhateverTheScores()
    {
        var scores = new float[Transitions.Count];
        var random = new Random(7);
        for (int round = 0; round < 50; round++)
        {
            var state = new ArcHybridState(5);
            while (!state.IsTerminal)
            {
                for (int c = 0; c < scores.Length; c++)
                {
                    scores[c] = (float)random.NextDouble();
                }

                int best = Transitions.BestLegal(state, scores);
                int only = Transitions.OnlyLegal(state);
                Assert.True(only < 0 || only == best);
                Transitions.Apply(state, best);
            }
        }
    }
}
