using Stancewatch.Nlp.Parsing;

namespace Stancewatch.Training.Tests;

public sealed class ArcHybridOracleTests
{
    [Fact]
    public void FollowingZeroCostTransitions_RebuildsTheGoldTree()
    {
        var bank = TinyTreebank.Load();
        var labels = bank.Sentences.SelectMany(s => s.Deprels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var transitions = new ParserTransitions([.. labels]);
        foreach (var s in bank.Sentences)
        {
            int n = s.Count;
            int[] heads = [.. s.Heads.Select(h => h < 0 ? n : h)];
            int[] rels = [.. s.Deprels.Select(d => labels.IndexOf(d))];
            var state = new ArcHybridState(n);
            var costs = new int[transitions.Count];
            while (!state.IsTerminal)
            {
                ArcHybridOracle.Costs(state, transitions, heads, rels, costs);
                int zero = Array.IndexOf(costs, 0);
                Assert.True(zero >= 0, "a projective gold tree always has a zero-cost transition");
                transitions.Apply(state, zero);
            }

            Assert.Equal(heads, state.Heads[..n]);
            Assert.Equal(rels, state.Labels[..n]);
        }
    }

    [Fact]
    public void WrongLabel_CostsOne()
    {
        var transitions = new ParserTransitions(["nsubj", "obj", "root"]);
        var state = new ArcHybridState(2);
        state.Shift();
        var costs = new int[transitions.Count];
        // word 0 is the subject of word 1, word 1 is the root
        ArcHybridOracle.Costs(state, transitions, [1, 2], [0, 2], costs);
        Assert.Equal(0, costs[transitions.LeftClass(0)]);
        Assert.Equal(1, costs[transitions.LeftClass(1)]);
    }
}
