using Stancewatch.Nlp.Parsing;

namespace Stancewatch.Nlp.Tests.Parsing;

public sealed class ArgumentAttachmentRepairTests
{
    // form/UPOS/head (1-based, 0 root)/deprel
    private static (string[] Forms, string[] Upos, int[] Heads, string[] Deprels) Sentence(params string[] words)
    {
        var f = words.Select(w => w.Split('/')).ToArray();
        return ([.. f.Select(x => x[0])], [.. f.Select(x => x[1])], [.. f.Select(x => int.Parse(x[2], System.Globalization.CultureInfo.InvariantCulture) - 1)], [.. f.Select(x => x[3])]);
    }

    private static string Tree((string[] Forms, string[] Upos, int[] Heads, string[] Deprels) s) =>
        string.Join(" ", s.Forms.Select((w, i) => $"{w}/{s.Heads[i] + 1}/{s.Deprels[i]}"));

    private static string Repaired(params string[] words)
    {
        var s = Sentence(words);
        ArgumentAttachmentRepair.Apply(s.Forms, s.Upos, s.Heads, s.Deprels, 0, s.Forms.Length);
        return Tree(s);
    }

    [Fact]
    public void TimeWordAsASecondSubject_BecomesATemporalModifier()
    {
        string tree = Repaired("Kyrgyzstan/PROPN/3/nsubj", "today/NOUN/3/nsubj", "banned/VERB/0/root", "rallies/NOUN/3/obj", "./PUNCT/3/punct");

        Assert.Equal("Kyrgyzstan/3/nsubj today/3/obl:unmarked banned/0/root rallies/3/obj ./3/punct", tree);
    }

    [Fact]
    public void NameAsASecondSubjectRightAfterACommonNoun_IsItsApposition()
    {
        string tree = Repaired("EAEU/PROPN/2/compound", "members/NOUN/6/nsubj", "Kazakhstan/PROPN/6/nsubj", "and/CCONJ/5/cc", "Kyrgyzstan/PROPN/3/conj", "refused/VERB/0/root", "./PUNCT/6/punct");

        Assert.Equal("EAEU/2/compound members/6/nsubj Kazakhstan/2/appos and/5/cc Kyrgyzstan/3/conj refused/0/root ./6/punct", tree);
    }

    [Fact]
    public void NameAsASecondSubjectNotNextToTheFirst_IsLeftAlone()
    {
        string[] words = ["Officials/NOUN/4/nsubj", "say/VERB/4/parataxis", "Kazakhstan/PROPN/4/nsubj", "refused/VERB/0/root", "./PUNCT/4/punct"];
        Assert.Equal(Tree(Sentence(words)), Repaired(words));
    }

    [Fact]
    public void TimeWordAsTheOnlySubject_IsLeftAlone()
    {
        string[] words = ["Today/NOUN/4/nsubj", "is/AUX/4/cop", "a/DET/4/det", "holiday/NOUN/0/root", "./PUNCT/4/punct"];
        Assert.Equal(Tree(Sentence(words)), Repaired(words));
    }

    [Fact]
    public void ObjectLeftAsASecondComplementOfTheReportingVerb_GoesToTheReportedVerbWithItsSubject()
    {
        // "Kazakhstan extradited the suspect to Russia, an official said": the parser hung "Kazakhstan" and "suspect"
        // on "said".
        string tree = Repaired(
            "Kazakhstan/PROPN/10/nsubj", "extradited/VERB/10/ccomp", "the/DET/4/det", "suspect/NOUN/10/ccomp", "to/ADP/6/case",
            "Russia/PROPN/4/nmod", ",/PUNCT/4/punct", "an/DET/9/det", "official/NOUN/10/nsubj", "said/VERB/0/root", "./PUNCT/10/punct");

        Assert.Equal(
            "Kazakhstan/2/nsubj extradited/10/ccomp the/4/det suspect/2/obj to/6/case Russia/4/nmod ,/4/punct an/9/det official/10/nsubj said/0/root ./10/punct",
            tree);
    }

    [Fact]
    public void SecondComplementThatIsAClause_IsLeftAlone()
    {
        // "Talks failed, the envoy a liar, he said": the noun has its own subject, so it heads a clause.
        string[] words =
        [
            "Talks/NOUN/2/nsubj", "failed/VERB/8/ccomp", ",/PUNCT/5/punct", "the/DET/5/det", "envoy/NOUN/7/nsubj", "a/DET/7/det",
            "liar/NOUN/9/ccomp", "he/PRON/9/nsubj", "said/VERB/0/root",
        ];
        Assert.Equal(Tree(Sentence(words)), Repaired(words));
    }
}
