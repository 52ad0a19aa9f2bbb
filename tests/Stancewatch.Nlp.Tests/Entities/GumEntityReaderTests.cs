using Stancewatch.Nlp;
using Stancewatch.Training.Entities;

namespace Stancewatch.Nlp.Tests.Entities;

public sealed class GumEntityReaderTests
{
    // id, form, upos, head, deprel, misc
    private static string Sentence(params (int Id, string Form, string Upos, int Head, string Deprel, string Misc)[] words) =>
        string.Concat(words.Select(w => $"{w.Id}\t{w.Form}\t_\t{w.Upos}\t_\t_\t{w.Head}\t{w.Deprel}\t_\t{w.Misc}\n")) + "\n";

    // id, form, upos, xpos, head, deprel, misc
    private static string Tagged(params (int Id, string Form, string Upos, string Xpos, int Head, string Deprel, string Misc)[] words) =>
        string.Concat(words.Select(w => $"{w.Id}\t{w.Form}\t_\t{w.Upos}\t{w.Xpos}\t_\t{w.Head}\t{w.Deprel}\t_\t{w.Misc}\n")) + "\n";

    private static IReadOnlyList<NerSentence> Read(params string[] sentences) =>
        GumEntityReader.Read(new StringReader(string.Concat(sentences)), "toy.conllu");

    private static readonly string Criticised = Sentence(
        (1, "The", "DET", 3, "det", "Entity=(1-place-giv-sssss-cf1-1-coref-United_States"),
        (2, "United", "PROPN", 3, "compound", "_"),
        (3, "States", "PROPN", 4, "nsubj", "Entity=1)"),
        (4, "criticised", "VERB", 0, "root", "_"),
        (5, "President", "PROPN", 6, "compound", "Entity=(2-person-new-sssss-cf2-1-coref-Maria_Lopez"),
        (6, "Maria", "PROPN", 4, "obj", "_"),
        (7, "Lopez", "PROPN", 6, "flat", "Entity=2)"),
        (8, "in", "ADP", 9, "case", "_"),
        (9, "Oslo", "PROPN", 4, "obl", "Entity=(3-place-new-sssss-cf3-1-coref-Oslo)"),
        (10, ".", "PUNCT", 4, "punct", "_"));

    [Fact]
    public void Read_NarrowsMentionsToTheNameAndStripsTitles()
    {
        var s = Read(Criticised).Single();
        Assert.Equal(
            [new EntityMention(1, 3, "LOC"), new EntityMention(5, 7, "PER"), new EntityMention(8, 9, "LOC")],
            s.Entities);
    }

    [Fact]
    public void Read_SkipsMentionsHeadedByACommonNoun_AndRelabelsGovernmentsNamedByAPlace()
    {
        string said = Sentence(
            (1, "North", "PROPN", 2, "compound", "Entity=(4-organization-new-sssss-cf1-1-coref-North_Korea"),
            (2, "Korea", "PROPN", 3, "nsubj", "Entity=4)"),
            (3, "said", "VERB", 0, "root", "_"),
            (4, "the", "DET", 5, "det", "Entity=(5-organization-new-sssss-cf2-1-sgl"),
            (5, "committee", "NOUN", 6, "nsubj", "Entity=5)"),
            (6, "met", "VERB", 3, "ccomp", "_"));
        string place = Sentence(
            (1, "North", "PROPN", 2, "compound", "Entity=(4-place-giv-sssss-cf1-1-coref-North_Korea"),
            (2, "Korea", "PROPN", 0, "root", "Entity=4)"));
        var s = Read(said, place);
        Assert.Equal([new EntityMention(0, 2, "LOC")], s[0].Entities);
    }

    [Fact]
    public void Read_NameWordsTaggedNnp_StayInTheName()
    {
        // GUM tags "United" VERB and "New" ADJ by their syntax, but NNP: they belong to the name.
        string moved = Tagged(
            (1, "We", "PRON", "PRP", 2, "nsubj", "_"),
            (2, "moved", "VERB", "VBD", 0, "root", "_"),
            (3, "to", "ADP", "IN", 5, "case", "_"),
            (4, "United", "VERB", "NNP", 5, "amod", "Entity=(1-place-new-sssss-cf1-1-coref-United_States"),
            (5, "States", "PROPN", "NNPS", 2, "obl", "Entity=1)"),
            (6, "from", "ADP", "IN", 8, "case", "_"),
            (7, "New", "ADJ", "NNP", 8, "amod", "Entity=(2-place-new-sssss-cf1-1-coref-New_York"),
            (8, "York", "PROPN", "NNP", 2, "obl", "Entity=2)"));
        Assert.Equal([new EntityMention(3, 5, "LOC"), new EntityMention(6, 8, "LOC")], Read(moved).Single().Entities);
    }

    [Fact]
    public void Read_BareTitlesAndPluralGroups_AreNotNames()
    {
        string spoke = Tagged(
            (1, "the", "DET", "DT", 2, "det", "Entity=(1-person-new-sssss-cf1-1-coref-President"),
            (2, "President", "PROPN", "NNP", 3, "nsubj", "Entity=1)"),
            (3, "thanked", "VERB", "VBD", 0, "root", "_"),
            (4, "Americans", "PROPN", "NNPS", 3, "obj", "Entity=(2-person-new-sssss-cf1-1-sgl)"),
            (5, "and", "CCONJ", "CC", 6, "cc", "_"),
            (6, "Maria", "PROPN", "NNP", 4, "conj", "Entity=(3-person-new-sssss-cf1-1-coref-Maria)"));
        Assert.Equal([new EntityMention(5, 6, "PER")], Read(spoke).Single().Entities);
    }

    [Fact]
    public void Read_KeepsOrganizationWhenItsIdentityIsNeverAPlace()
    {
        string said = Sentence(
            (1, "Acme", "PROPN", 2, "nsubj", "Entity=(7-organization-new-sssss-cf1-1-coref-Acme)"),
            (2, "said", "VERB", 0, "root", "_"));
        Assert.Equal([new EntityMention(0, 1, "ORG")], Read(said).Single().Entities);
    }

    [Fact]
    public void Read_NestedNames_KeepTheOutermost()
    {
        string university = Sentence(
            (1, "University", "PROPN", 0, "root", "Entity=(6-organization-new-sssss-cf1-1-coref-University_of_Oslo"),
            (2, "of", "ADP", 3, "case", "_"),
            (3, "Oslo", "PROPN", 1, "nmod", "Entity=(3-place-giv-sssss-cf1-1-coref-Oslo)6)"));
        Assert.Equal([new EntityMention(0, 3, "ORG")], Read(university).Single().Entities);
    }

    [Fact]
    public void Read_IgnoresOtherEntityTypes()
    {
        string time = Sentence(
            (1, "Monday", "PROPN", 0, "root", "Entity=(8-time-new-sssss-cf1-1-sgl)"));
        Assert.Empty(Read(time).Single().Entities);
    }
}
