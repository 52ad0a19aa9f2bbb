using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Tagging;
using Stancewatch.Testing;

namespace Stancewatch.Nlp.Tests.Tagging;

public sealed class VerbAgreementTests
{
    // word/UPOS/XPOS/FEATS/head (1-based, 0 root)/deprel
    private static AnnotatedDocument Doc(params string[] words)
    {
        var f = words.Select(w => w.Split('/')).ToArray();
        var text = string.Join(' ', f.Select(x => x[0]));
        var starts = new List<int>();
        var ends = new List<int>();
        int pos = 0;
        foreach (var x in f)
        {
            starts.Add(pos);
            ends.Add(pos + x[0].Length);
            pos += x[0].Length + 1;
        }

        return AnnotatedDocument.FromText("t", text)
            .WithTokens([.. starts], [.. ends])
            .WithSentences([0])
            .WithTags([.. f.Select(x => x[1])], [.. f.Select(x => x[2])], [.. f.Select(x => x[3])])
            .WithDependencies([.. f.Select(x => int.Parse(x[4], System.Globalization.CultureInfo.InvariantCulture) - 1)], [.. f.Select(x => x[5])]);
    }

    [Theory]
    [InlineData("We/PRON/PRP/Case=Nom|Number=Plur|Person=1|PronType=Prs", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin")]
    [InlineData("She/PRON/PRP/Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin")]
    [InlineData("Ministers/NOUN/NNS/Number=Plur", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin")]
    public void Agreement_ComesFromTheSubject(string subject, string expected)
    {
        var doc = Doc(subject + "/2/nsubj", "left/VERB/VBD/Mood=Ind|Tense=Past|VerbForm=Fin/0/root");
        Assert.Equal(expected, new VerbAgreement().Annotate(doc).Feats[1]);
    }

    [Fact]
    public void Auxiliary_TakesTheSubjectOfItsVerb()
    {
        var doc = Doc(
            "I/PRON/PRP/Case=Nom|Number=Sing|Person=1|PronType=Prs/3/nsubj",
            "have/AUX/VBP/Mood=Ind|Tense=Pres|VerbForm=Fin/3/aux",
            "seen/VERB/VBN/Tense=Past|VerbForm=Part/0/root");
        Assert.Equal("Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin", new VerbAgreement().Annotate(doc).Feats[1]);
    }

    [Theory]
    [InlineData("police/NOUN/NN/Number=Sing", "are", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin")]
    [InlineData("team/NOUN/NN/Number=Sing", "were", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin")]
    [InlineData("you/PRON/PRP/Case=Nom|Person=2|PronType=Prs", "are", "Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin")]
    [InlineData("we/PRON/PRP/Case=Nom|Number=Plur|Person=1|PronType=Prs", "'re", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin")]
    public void AreAndWere_ArePluralUnlessTheSubjectIsFirstOrSecondPerson(string subject, string verb, string expected)
    {
        string tense = verb == "were" ? "Past" : "Pres";
        var doc = Doc(subject + "/3/nsubj", $"{verb}/AUX/{(verb == "were" ? "VBD" : "VBP")}/Mood=Ind|Tense={tense}|VerbForm=Fin/3/cop", "ready/ADJ/JJ/Degree=Pos/0/root");
        Assert.Equal(expected, new VerbAgreement().Annotate(doc).Feats[1]);
    }

    [Fact]
    public void AreWithoutSubject_IsThirdPersonPlural()
    {
        var doc = Doc("are/AUX/VBP/Mood=Ind|Tense=Pres|VerbForm=Fin/2/cop", "ready/ADJ/JJ/Degree=Pos/0/root");
        Assert.Equal("Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", new VerbAgreement().Annotate(doc).Feats[0]);
    }

    [Fact]
    public void CoordinatedSubject_IsPlural()
    {
        var doc = Doc(
            "Astana/PROPN/NNP/Number=Sing/4/nsubj",
            "and/CCONJ/CC/_/3/cc",
            "Tashkent/PROPN/NNP/Number=Sing/1/conj",
            "agreed/VERB/VBD/Mood=Ind|Tense=Past|VerbForm=Fin/0/root");
        Assert.Equal("Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin", new VerbAgreement().Annotate(doc).Feats[3]);
    }

    [Fact]
    [Trait("Category", "accuracy")]
    public void GoldTrees_RestoreGoldFeatures()
    {
        string path = SharedData.Require("ud/en_ewt-ud-dev.conllu");
        int verbs = 0, correct = 0;
        var misses = new List<string>();
        foreach (var s in ConlluReader.ReadFile(path))
        {
            var w = s.Words;
            string[] upos = [.. w.Select(x => x.Upos)], xpos = [.. w.Select(x => x.Xpos)];
            string[] feats = [.. w.Select(x => TagClasses.ClassFeats(x.Xpos, x.Feats))];
            int[] heads = [.. w.Select(x => x.Head - 1)];
            string[] deprels = [.. w.Select(x => x.Deprel)];
            VerbAgreement.Apply([.. w.Select(x => x.Form)], upos, xpos, feats, heads, deprels, 0, w.Length);
            for (int i = 0; i < w.Length; i++)
            {
                if (TagClasses.TakesAgreement(xpos[i]) && w[i].Feats.Contains("VerbForm=Fin", StringComparison.Ordinal))
                {
                    verbs++;
                    bool ok = TagClasses.ClassFeats("X", feats[i]) == TagClasses.ClassFeats("X", w[i].Feats);
                    correct += ok ? 1 : 0;
                    if (!ok && misses.Count < 25)
                    {
                        misses.Add($"{s.SentId} {w[i].Form} {feats[i]} gold {w[i].Feats} :: {s.Text}");
                    }
                }
            }
        }

        double accuracy = 100.0 * correct / verbs;
        Assert.True(accuracy >= 94, $"agreement restored on {accuracy:F2}% of {verbs} finite VBD/VBP verbs; misses:\n" + string.Join('\n', misses));
    }
}
