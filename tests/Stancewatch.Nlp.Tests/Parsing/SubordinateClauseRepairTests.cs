using Stancewatch.Nlp.Parsing;

namespace Stancewatch.Nlp.Tests.Parsing;

public sealed class SubordinateClauseRepairTests
{
    // form/UPOS/XPOS/head (1-based, 0 root)/deprel
    private static (string[] Forms, string[] Upos, string[] Xpos, int[] Heads, string[] Deprels) Sentence(params string[] words)
    {
        var f = words.Select(w => w.Split('/')).ToArray();
        return ([.. f.Select(x => x[0])], [.. f.Select(x => x[1])], [.. f.Select(x => x[2])],
            [.. f.Select(x => int.Parse(x[3], System.Globalization.CultureInfo.InvariantCulture) - 1)], [.. f.Select(x => x[4])]);
    }

    private static string Tree((string[] Forms, string[] Upos, string[] Xpos, int[] Heads, string[] Deprels) s) =>
        string.Join(" ", s.Forms.Select((w, i) => $"{w}/{s.Upos[i]}/{s.Heads[i] + 1}/{s.Deprels[i]}"));

    private static string Repaired(params string[] words)
    {
        var s = Sentence(words);
        SubordinateClauseRepair.Apply(s.Forms, s.Upos, s.Xpos, s.Heads, s.Deprels, 0, s.Forms.Length);
        return Tree(s);
    }

    [Fact]
    public void SubordinatorReadAsAPreposition_OpensAClauseWithItsNounAsSubject()
    {
        string tree = Repaired(
            "Courts/NOUN/NNS/2/nsubj", "banned/VERB/VBD/0/root", "rallies/NOUN/NNS/2/obj", "after/ADP/IN/5/case",
            "Russia/PROPN/NNP/2/obl", "launched/VERB/VBD/2/conj", "the/DET/DT/8/det", "war/NOUN/NN/6/obj", "./PUNCT/./2/punct");

        Assert.Equal(
            "Courts/NOUN/2/nsubj banned/VERB/0/root rallies/NOUN/2/obj after/SCONJ/6/mark Russia/PROPN/6/nsubj launched/VERB/2/advcl the/DET/8/det war/NOUN/6/obj ./PUNCT/2/punct",
            tree);
    }

    [Fact]
    public void OpeningClauseParsedAsTheRoot_HandsTheRootToTheMainClause()
    {
        string tree = Repaired(
            "After/ADP/IN/2/case", "Russia/PROPN/NNP/3/nsubj", "launched/VERB/VBD/0/root", "the/DET/DT/5/det", "war/NOUN/NN/3/obj",
            ",/PUNCT/,/9/punct", "a/DET/DT/8/det", "court/NOUN/NN/5/appos", "banned/VERB/VBD/3/conj", "rallies/NOUN/NNS/9/obj", "./PUNCT/./3/punct");

        Assert.Equal(
            "After/SCONJ/3/mark Russia/PROPN/3/nsubj launched/VERB/9/advcl the/DET/5/det war/NOUN/3/obj ,/PUNCT/9/punct a/DET/8/det court/NOUN/9/nsubj banned/VERB/0/root rallies/NOUN/9/obj ./PUNCT/9/punct",
            tree);
    }

    [Fact]
    public void PrepositionalPhraseWithoutAVerb_IsLeftAlone()
    {
        string[] words = ["Prices/NOUN/NNS/2/nsubj", "rose/VERB/VBD/0/root", "after/ADP/IN/5/case", "the/DET/DT/5/det", "war/NOUN/NN/2/obl", "./PUNCT/./2/punct"];
        Assert.Equal(Tree(Sentence(words)), Repaired(words));
    }
}
