using System.Collections.Immutable;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Entities;
using Stancewatch.Tests.Entities;
using Stancewatch.Training.Entities;

namespace Stancewatch.Training.Tests.Entities;

public sealed class SilverEntityLabelerTests
{
    private static readonly WordLexicon ProperNouns = ToyEntityCorpus.ProperNouns;

    // "form/UPOS/head" tokens of our own sentences.
    private static ConlluSentence Tree(string id, string tokens)
    {
        var words = tokens.Split(' ').Select((t, i) =>
        {
            var p = t.Split('/');
            return new ConlluWord(i + 1, p[0], p[0], p[1], "_", "_", int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture), "dep", "_");
        });
        return new ConlluSentence(id, null, ["newdoc id = d"], [.. words], []);
    }

    private static readonly NerSentence[] Toy = ToyEntityCorpus.Sentences;

    [Fact]
    public void ProperNounRuns_JoinOfWhenTheRightNameDependsOnTheLeft()
    {
        var tree = Tree("a-1", "She/PRON/2 joined/VERB/0 the/DET/4 Bank/PROPN/2 of/ADP/6 Orbis/PROPN/4 ./PUNCT/2");
        Assert.Equal([(3, 6)], SilverEntityLabeler.ProperNounRuns(tree));
    }

    [Fact]
    public void ProperNounRuns_KeepCoordinatedNamesApart()
    {
        var tree = Tree("a-2", "Lisbon/PROPN/0 and/CCONJ/3 Porto/PROPN/1 of/ADP/5 old/ADJ/3");
        Assert.Equal([(0, 1), (2, 3)], SilverEntityLabeler.ProperNounRuns(tree));
    }

    [Fact]
    public void Label_KeepsMentionsOnProperNounRunsAndOpensTheRunsLeftUnlabelled()
    {
        // UD tags "Monday" PROPN, but it is no entity: the model leaves it unlabelled, so its label stays open.
        var model = new NerTrainer(NerTrainerOptions.Default with { Epochs = 6, Seed = 3 }).Train(Toy, [], ProperNouns).Model;
        var tree = Tree("b-1", "Anna/PROPN/2 Berg/PROPN/3 visited/VERB/0 Lisbon/PROPN/3 on/ADP/6 Monday/PROPN/3 ./PUNCT/3");
        var silver = Assert.Single(SilverEntityLabeler.Label(model, [tree], new SilverLabelOptions(SnapToRuns: false, OpenUnlabelledRuns: true), "toy"));
        Assert.True(silver.Weak);
        Assert.Equal("toy#b-1", silver.Source);
        Assert.Contains(new EntityMention(0, 2, "PER"), silver.Entities);
        Assert.Contains(new EntityMention(3, 4, "LOC"), silver.Entities);
        Assert.DoesNotContain(silver.Entities, m => m.FirstToken == 5);
        Assert.Contains((5, 6), silver.OpenRanges);
    }

    [Fact]
    public void Train_OpenRangesDoNotTeachO()
    {
        // The same sentence, unlabelled but with its names open, many times over: the gold copy still decides.
        var weak = Enumerable.Repeat(ToyEntityCorpus.S("Karl Nyman works for Orbis Bank in Porto .") with { OpenRanges = [(0, 2), (4, 6), (7, 8)], Weak = true }, 20);
        var model = new NerTrainer(NerTrainerOptions.Default with { Epochs = 6, Seed = 3 }).Train([.. Toy, .. weak], [], ProperNouns).Model;
        Assert.Equal(Toy[1].Entities, model.Predict(Toy[1].Forms));
    }
}
