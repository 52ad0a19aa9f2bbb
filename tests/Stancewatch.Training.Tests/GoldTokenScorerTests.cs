namespace Stancewatch.Training.Tests;

public sealed class GoldTokenScorerTests
{
    [Fact]
    public void Las_ComparesUniversalRelationsOnly_AndUFeatsUniversalFeaturesOnly()
    {
        var gold = TinyTreebank.Load().Sentences[0];
        var scorer = new GoldTokenScorer();
        var deprels = gold.Deprels.Select(d => d == "obl" ? "obl:to" : d).ToArray();
        var feats = gold.Feats.Select(f => f == "Number=Sing" ? "Number=Sing|Typo=Yes" : f).ToArray();
        var heads = gold.Heads.ToArray();
        heads[0] = 2; // one wrong head out of seven
        scorer.Add(gold, upos: gold.Upos, xpos: gold.Xpos, feats: feats, lemmas: gold.Lemmas, heads: heads, deprels: deprels);
        var scores = scorer.Scores();
        Assert.Equal(100.0, scores["UFeats"]);
        Assert.Equal(Math.Round(600.0 / 7, 2), scores["UAS"]);
        Assert.Equal(Math.Round(600.0 / 7, 2), scores["LAS"]);
    }
}
