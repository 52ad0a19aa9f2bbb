using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Tokenization;
using Stancewatch.Testing;
using Stancewatch.Training.Evaluation;

namespace Stancewatch.Training.Tests.Tokenization;

/// <summary>Floors for the committed tokenizer and sentence models on UD English EWT dev (raw text).</summary>
[Trait("Category", "Accuracy")]
public sealed class TokenizationAccuracyTests
{
    private static string ModelsDirectory => Path.Combine(SharedData.RepositoryRoot, "models");

    [Fact]
    public void CommittedModels_ReachTheFloorsOnEwtDevRawText()
    {
        string path = SharedData.Require("ud/en_ewt-ud-dev.conllu");
        var gold = ConlluReader.ReadFile(path);
        var lexicon = TokenizerLexicon.Load(Path.Combine(ModelsDirectory, TokenizerLexicon.ModelName));
        var pipeline = new PipelineBuilder().Add(new Tokenizer(lexicon)).Add(SentenceSplitter.Load(ModelsDirectory, lexicon)).Build();
        var run = new UdRunner().Run(pipeline, gold, "dev", raw: true);
        var evaluation = new UdEvaluator().Evaluate(gold, run.Sentences);
        Assert.True(evaluation["Tokens"].F1 >= 0.99, $"Tokens F1 {evaluation["Tokens"].F1:P2} is below the floor of 99%");
        Assert.True(evaluation["Words"].F1 >= 0.985, $"Words F1 {evaluation["Words"].F1:P2} is below the floor of 98.5%");
        Assert.True(evaluation["Sentences"].F1 >= 0.85, $"Sentences F1 {evaluation["Sentences"].F1:P2} is below the floor of 85%");
    }

    [Fact]
    public void RulesAlone_ReachTheFloorsOnEwtDevRawText()
    {
        string path = SharedData.Require("ud/en_ewt-ud-dev.conllu");
        var gold = ConlluReader.ReadFile(path);
        var pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Build();
        var run = new UdRunner().Run(pipeline, gold, "dev", raw: true);
        var evaluation = new UdEvaluator().Evaluate(gold, run.Sentences);
        Assert.True(evaluation["Tokens"].F1 >= 0.97, $"Tokens F1 {evaluation["Tokens"].F1:P2} is below the floor of 97%");
        Assert.True(evaluation["Sentences"].F1 >= 0.75, $"Sentences F1 {evaluation["Sentences"].F1:P2} is below the floor of 75%");
    }
}
