using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Nlp.Tests.Tagging;

public sealed class PastFormRepairTests
{
    // word/XPOS, one sentence
    private static (string[] Forms, string[] Xpos) Split(string sentence)
    {
        var words = sentence.Split(' ').Select(w => w.Split('/')).ToArray();
        return ([.. words.Select(w => w[0])], [.. words.Select(w => w[1])]);
    }

    [Theory]
    [InlineData("Security/NN services/NNS advised/VBN citizens/NNS on/IN Thursday/NNP ./.", 2)]
    [InlineData("The/DT embassy/NN informed/VBN its/PRP$ citizens/NNS that/IN they/PRP face/VBP prison/NN ./.", 2)]
    [InlineData("They/PRP blocked/VBN the/DT roads/NNS ./.", 1)]
    public void FirstVerbAfterANounWithAnObject_IsAPastTense(string sentence, int verb)
    {
        var (forms, xpos) = Split(sentence);
        Assert.Equal(verb, PastFormRepair.PastTense(forms, xpos, 0, forms.Length));
    }

    [Theory]
    [InlineData("Opinions/NNS expressed/VBN this/DT week/NN are/VBP ours/PRP ./.")] // reduced relative: the main verb follows
    [InlineData("The/DT embassy/NN was/VBD informed/VBN its/PRP$ citizens/NNS ./.")] // an auxiliary before it
    [InlineData("Citizens/NNS to/TO be/VB advised/VBN the/DT rules/NNS ./.")]
    [InlineData("President/NNP re-elected/VBN in/IN landslide/NN ./.")] // headline passive: no object follows
    [InlineData("Five/CD killed/VBN the/DT day/NN before/RB ./.")] // no noun before it
    [InlineData("Leaders/NNS met/VBD officials/NNS ./.")] // already a past tense
    public void OtherParticiples_StayParticiples(string sentence)
    {
        var (forms, xpos) = Split(sentence);
        Assert.Equal(-1, PastFormRepair.PastTense(forms, xpos, 0, forms.Length));
    }

    [Theory]
    [InlineData("has", "AUX", "VBN", PastFormRepair.PerfectFeats)]
    [InlineData("was", "AUX", "VBN", PastFormRepair.PassiveFeats)]
    [InlineData("has", "VERB", "VBD", PastFormRepair.PastFeats)] // "has" as a main verb is no auxiliary
    public void PastTenseAfterAnAuxiliary_IsAParticiple(string auxiliary, string auxiliaryUpos, string xpos, string feats)
    {
        string[] forms = ["Uganda", auxiliary, "quietly", "granted", "asylum", "."];
        string[] upos = ["PROPN", auxiliaryUpos, "ADV", "VERB", "NOUN", "PUNCT"];
        string[] tags = ["NNP", "VBZ", "RB", "VBD", "NN", "."];
        string[] features = ["Number=Sing", "_", "_", PastFormRepair.PastFeats, "Number=Sing", "_"];

        PastFormRepair.Apply(forms, upos, tags, features, 0, forms.Length);

        Assert.Equal(xpos, tags[3]);
        Assert.Equal(feats, features[3]);
    }

    [Fact]
    public void Annotate_RewritesTagAndFeatures_OnlyWhereItApplies()
    {
        const string text = "Officials advised citizens . Citizens were advised .";
        var doc = AnnotatedDocument.FromText("t", text)
            .WithTokens([0, 10, 18, 27, 29, 38, 43, 51], [9, 17, 26, 28, 37, 42, 50, 52])
            .WithSentences([0, 4])
            .WithTags(
                ["NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "AUX", "VERB", "PUNCT"],
                ["NNS", "VBN", "NNS", ".", "NNS", "VBD", "VBN", "."],
                ["Number=Plur", "Tense=Past|VerbForm=Part", "Number=Plur", "_", "Number=Plur", "Mood=Ind|Tense=Past|VerbForm=Fin", "Tense=Past|VerbForm=Part", "_"]);

        var repaired = new PastFormRepair().Annotate(doc);

        Assert.Equal("VBD", repaired.Xpos[1]);
        Assert.Equal(PastFormRepair.PastFeats, repaired.Feats[1]);
        Assert.Equal("VBN", repaired.Xpos[6]);
        Assert.Equal("Tense=Past|VerbForm=Part", repaired.Feats[6]);
    }

    [Fact]
    public void Annotate_WithNothingToRepair_ReturnsTheSameDocument()
    {
        var doc = AnnotatedDocument.FromText("t", "Talks ended .")
            .WithTokens([0, 6, 12], [5, 11, 13])
            .WithSentences([0])
            .WithTags(["NOUN", "VERB", "PUNCT"], ["NNS", "VBD", "."], ["Number=Plur", PastFormRepair.PastFeats, "_"]);
        Assert.Same(doc, new PastFormRepair().Annotate(doc));
    }
}
