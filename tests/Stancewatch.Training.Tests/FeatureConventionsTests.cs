using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Training.Tests;

public sealed class FeatureConventionsTests
{
    // One sentence per word: (form, XPOS, FEATS).
    private static Treebank Bank(string name, params (string Form, string Xpos, string Feats)[] words) =>
        new(name, "", [.. words.Select(w => new TreebankSentence([w.Form], [w.Form.ToLowerInvariant()], ["ADV"], [w.Xpos], [w.Feats], [-1], ["root"]))]);

    private static (string, string, string)[] Times(int n, string form, string xpos, string feats) => [.. Enumerable.Repeat((form, xpos, feats), n)];

    [Fact]
    public void ConsistentDisagreement_BecomesARewriteToTheReference()
    {
        var reference = Bank("ewt", Times(6, "really", "RB", "_"));
        var other = Bank("gum", Times(4, "Really", "RB", "Degree=Pos"));
        var rewrites = FeatureConventions.Learn(reference, other).ToRewrites();
        Assert.Equal(1, rewrites.Count);
        var byClass = rewrites.Bind([("ADV", "RB", "Degree=Pos"), ("ADJ", "JJ", "Degree=Pos")]);
        Assert.Equal("_", byClass["really"][0]);
        Assert.False(byClass["really"].ContainsKey(1));
    }

    [Fact]
    public void ReferenceThatIsItselfMixed_GivesNoRewrite()
    {
        var reference = Bank("ewt", [.. Times(4, "back", "RB", "_"), .. Times(3, "back", "RB", "Degree=Pos")]);
        var other = Bank("gum", Times(4, "back", "RB", "Degree=Pos"));
        Assert.Equal(0, FeatureConventions.Learn(reference, other).Count);
    }

    [Fact]
    public void TooFewOccurrences_AreNotLearned()
    {
        var conventions = FeatureConventions.Learn(Bank("ewt", Times(4, "there", "EX", "_")), Bank("gum", Times(4, "there", "EX", "PronType=Dem")));
        Assert.Equal(0, conventions.Count);
    }

    [Theory]
    [InlineData("Case=Gen|Number=Sing|Person=2|Poss=Yes", "Number", "", "Case=Gen|Person=2|Poss=Yes")]
    [InlineData("_", "PronType", "Dem", "PronType=Dem")]
    [InlineData("Degree=Pos", "Degree", "", "_")]
    [InlineData("NumType=Ord", "Degree", "Pos", "Degree=Pos|NumType=Ord")]
    public void Rewrite_SetsOrRemovesOneFeatureKeepingTheOrder(string feats, string name, string value, string expected) =>
        Assert.Equal(expected, FeatureRewrites.Rewrite(feats, [(name, value)]));
}
