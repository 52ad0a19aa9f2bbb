using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Tokenization;
using Stancewatch.Testing;
using Stancewatch.Training.Tokenization;

namespace Stancewatch.Training.Tests.Tokenization;

public sealed class SentenceSplitterTrainerTests
{
    [Fact]
    public void Training_IsDeterministicOnASmallSlice()
    {
        string path = SharedData.Require("ud/en_gum-ud-dev.permissive.conllu");
        var slice = ConlluReader.ReadFile(path).Take(300).ToList();
        var lexicon = new TokenizerTrainer().Train(slice, TokenizerLexicon.Default);
        var again = new TokenizerTrainer().Train(slice, TokenizerLexicon.Default);
        Assert.Equal(lexicon.Abbreviations.Order(StringComparer.Ordinal), again.Abbreviations.Order(StringComparer.Ordinal));
        Assert.Equal(lexicon.HyphenatedWords.Order(StringComparer.Ordinal), again.HyphenatedWords.Order(StringComparer.Ordinal));

        var docs = ConlluDocumentReader.ToDocuments(slice, "slice", AnnotationLayers.Tokens | AnnotationLayers.Sentences);
        var first = new SentenceSplitterTrainer().Train(docs, lexicon, 2, 7, (_, _) => 0);
        var second = new SentenceSplitterTrainer().Train(docs, lexicon, 2, 7, (_, _) => 0);
        Assert.True(first.ContentEquals(second));
        Assert.True(first.FeatureCount > 0);
    }

    [Fact]
    public void LearnedLexicon_RoundTripsThroughItsModelDirectory()
    {
        string path = SharedData.Require("ud/en_gum-ud-dev.permissive.conllu");
        var lexicon = new TokenizerTrainer().Train(ConlluReader.ReadFile(path).Take(300), TokenizerLexicon.Default);
        string dir = Path.Combine(Path.GetTempPath(), "sw-lexicon-" + Guid.NewGuid().ToString("N"));
        try
        {
            lexicon.Save(dir, new Nlp.Models.ModelCard { Name = "tokenizer", Kind = TokenizerLexicon.Kind, FormatVersion = TokenizerLexicon.FormatVersion, Labels = [] });
            var loaded = TokenizerLexicon.Load(dir);
            Assert.Equal(lexicon.Abbreviations.Order(StringComparer.Ordinal), loaded.Abbreviations.Order(StringComparer.Ordinal));
            Assert.Equal(lexicon.Multiwords.Keys.Order(StringComparer.Ordinal), loaded.Multiwords.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(lexicon.WholeTokens.Order(StringComparer.Ordinal), loaded.WholeTokens.Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
