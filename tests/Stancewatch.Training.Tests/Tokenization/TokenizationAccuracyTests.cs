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
        var run = new UdRunner().Run(pipeline, gold, "dev", UdInput.RawText);
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
        var run = new UdRunner().Run(pipeline, gold, "dev", UdInput.RawText);
        var evaluation = new UdEvaluator().Evaluate(gold, run.Sentences);
        Assert.True(evaluation["Tokens"].F1 >= 0.97, $"Tokens F1 {evaluation["Tokens"].F1:P2} is below the floor of 97%");
        Assert.True(evaluation["Sentences"].F1 >= 0.75, $"Sentences F1 {evaluation["Sentences"].F1:P2} is below the floor of 75%");
    }

    [Theory]
    [InlineData("The non-aligned states met.", "The non-aligned states met .")]
    [InlineData("Gov. Smith can't come, e.g. today.", "Gov. Smith ca n't come , e.g. today .")]
    public void LearnedLexicon_FollowsTheTreebank(string text, string expected)
    {
        var lexicon = TokenizerLexicon.Load(Path.Combine(ModelsDirectory, TokenizerLexicon.ModelName));
        var doc = new Tokenizer(lexicon).Annotate(AnnotatedDocument.FromText("t", text));
        Assert.Equal(expected, string.Join(" ", doc.Forms));
    }

    [Fact]
    public void LearnedTokenizer_KeepsOffsetsIntoTheTextOfEwtDev()
    {
        string path = SharedData.Require("ud/en_ewt-ud-dev.conllu");
        var lexicon = TokenizerLexicon.Load(Path.Combine(ModelsDirectory, TokenizerLexicon.ModelName));
        var tokenizer = new Tokenizer(lexicon);
        foreach (var gold in ConlluDocumentReader.ToDocuments(ConlluReader.ReadFile(path), "dev"))
        {
            var doc = tokenizer.Annotate(AnnotatedDocument.FromText(gold.Id, gold.Text));
            int previousEnd = 0;
            for (int i = 0; i < doc.TokenCount; i++)
            {
                Assert.True(doc.TokenStarts[i] >= previousEnd && doc.TokenEnds[i] > doc.TokenStarts[i], $"{gold.Id}: token {i} overlaps or is empty");
                Assert.Equal(doc.Text[doc.TokenStarts[i]..doc.TokenEnds[i]], doc.Forms[i]);
                Assert.True(doc.Text[previousEnd..doc.TokenStarts[i]].All(char.IsWhiteSpace), $"{gold.Id}: text skipped before token {i}");
                previousEnd = doc.TokenEnds[i];
            }

            Assert.True(doc.Text[previousEnd..].All(char.IsWhiteSpace), $"{gold.Id}: text skipped at the end");
        }
    }
}
