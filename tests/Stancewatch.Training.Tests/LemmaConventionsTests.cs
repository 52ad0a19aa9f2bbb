namespace Stancewatch.Training.Tests;

public sealed class LemmaConventionsTests
{
    private static Treebank Lemmas(string name, params (string Form, string Lemma, int Times)[] words) =>
        new(name, "", [.. words.SelectMany(w => Enumerable.Repeat(new TreebankSentence([w.Form], [w.Lemma], ["NOUN"], ["NNS"], ["Number=Plur"], [-1], ["root"]), w.Times))]);

    [Fact]
    public void ConsistentDisagreement_TakesTheReferenceLemma()
    {
        var conventions = LemmaConventions.Learn(Lemmas("ewt", ("people", "people", 6)), Lemmas("gum", ("people", "person", 3)));
        Assert.Equal(1, conventions.Count);
        Assert.All(conventions.Apply(Lemmas("gum", ("people", "person", 3))).Sentences, s => Assert.Equal("people", s.Lemmas[0]));
    }

    [Fact]
    public void MixedReference_LeavesTheLemmaAlone()
    {
        var conventions = LemmaConventions.Learn(Lemmas("ewt", ("troops", "troops", 4), ("troops", "troop", 3)), Lemmas("gum", ("troops", "troop", 3)));
        Assert.Equal(0, conventions.Count);
    }
}
