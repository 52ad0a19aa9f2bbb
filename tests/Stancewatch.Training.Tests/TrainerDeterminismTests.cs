namespace Stancewatch.Training.Tests;

public sealed class TrainerDeterminismTests
{
    private static readonly Treebank[] Train = [TinyTreebank.Load()];
    private static readonly Treebank[] Dev = [TinyTreebank.Load("dev")];

    [Fact]
    public void Tagger_SameSeed_SameWeights()
    {
        var options = new TaggerTrainingOptions { Epochs = 3, Seed = 5, DictionaryMinCount = 2 };
        var a = new TaggerTrainer(options).Train(Train, Dev, cancellationToken: TestContext.Current.CancellationToken).Model;
        var b = new TaggerTrainer(options).Train(Train, Dev, cancellationToken: TestContext.Current.CancellationToken).Model;
        Assert.Equal(a.Labels, b.Labels);
        Assert.True(a.Model.ContentEquals(b.Model));
        Assert.True(a.Dictionary.ContentEquals(b.Dictionary));
    }

    [Fact]
    public void Parser_SameSeed_SameWeights()
    {
        var options = new ParserTrainingOptions { Epochs = 3, Seed = 5 };
        var a = new ParserTrainer(options).Train(Train, Dev, tagger: null, cancellationToken: TestContext.Current.CancellationToken).Model;
        var b = new ParserTrainer(options).Train(Train, Dev, tagger: null, cancellationToken: TestContext.Current.CancellationToken).Model;
        Assert.Equal(a.Transitions.Names, b.Transitions.Names);
        Assert.True(a.Model.ContentEquals(b.Model));
    }

    [Fact]
    public void Lemmatizer_SameSeed_SameWeights()
    {
        var options = new LemmatizerTrainingOptions { Epochs = 3, Seed = 5, MinRuleCount = 1 };
        var a = new LemmatizerTrainer(options).Train(Train, Dev, cancellationToken: TestContext.Current.CancellationToken).Model;
        var b = new LemmatizerTrainer(options).Train(Train, Dev, cancellationToken: TestContext.Current.CancellationToken).Model;
        Assert.Equal(a.Labels, b.Labels);
        Assert.True(a.Model.ContentEquals(b.Model));
    }

    [Fact]
    public void Tagger_LearnsTheTrainingSentences()
    {
        var result = new TaggerTrainer(new TaggerTrainingOptions { Epochs = 5, DictionaryMinCount = 2 }).Train(Train, Dev, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(100.0, result.Metrics["dev.dev.UPOS"]);
    }

    [Fact]
    public void Lemmatizer_AppliesLearnedRuleToUnseenWord()
    {
        var lemmatizer = new LemmatizerTrainer(new LemmatizerTrainingOptions { Epochs = 5, MinRuleCount = 1 }).Train(Train, Dev, cancellationToken: TestContext.Current.CancellationToken).Model;
        Assert.Equal("jump", lemmatizer.Predict("jumped", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"));
        Assert.Equal("treaty", lemmatizer.Predict("treaty", "NOUN", "NN", "Number=Sing"));
    }

    [Fact]
    public void Jackknife_TagsEverySentence_TheSameOnOneOrTwoThreads()
    {
        var options = new TaggerTrainingOptions { Epochs = 2, Seed = 5, DictionaryMinCount = 2 };
        var one = new JackknifeTagger(options, folds: 3, threads: 1).Tag(Train, cancellationToken: TestContext.Current.CancellationToken);
        var two = new JackknifeTagger(options, folds: 3, threads: 2).Tag(Train, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(Train[0].Sentences.Select(s => s.Count), one[0].Select(t => t.Xpos.Length));
        Assert.Equal(one[0].SelectMany(t => t.Xpos.Concat(t.Upos)), two[0].SelectMany(t => t.Xpos.Concat(t.Upos)));
    }

    [Fact]
    public void Parser_TrainsOnTheGivenTags()
    {
        var options = new ParserTrainingOptions { Epochs = 2, Seed = 5, PruneFeaturesBelow = 0 };
        var tags = new[] { Train[0].Sentences.Select(s => (Enumerable.Repeat("NN", s.Count).ToArray(), Enumerable.Repeat("NOUN", s.Count).ToArray())).ToArray() };
        var gold = new ParserTrainer(options).Train(Train, Dev, tagger: null, cancellationToken: TestContext.Current.CancellationToken).Model;
        var nouns = new ParserTrainer(options).Train(Train, Dev, tagger: null, trainTags: tags, cancellationToken: TestContext.Current.CancellationToken).Model;
        Assert.False(gold.Model.ContentEquals(nouns.Model));
    }
}
