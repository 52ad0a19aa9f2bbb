using Stancewatch.Nlp;
using Stancewatch.Nlp.Lemmatization;
using Stancewatch.Nlp.Parsing;
using Stancewatch.Nlp.Tagging;
using Stancewatch.Nlp.Tokenization;

namespace Stancewatch.Cli;

/// <summary>Composes the language pipeline the evaluation commands run, from the models directory.</summary>
public static class UdPipelines
{
    /// <summary>
    /// The pipeline for <c>eval ud</c>: with <paramref name="raw"/> the tokenizer and sentence splitter come first
    /// (both use the lexicon learned into models/tokenizer); without it the input keeps its gold tokens and sentences.
    /// Then the tagger, lemmatizer and parser, each one whose model directory (models/tagger, models/lemmatizer,
    /// models/parser) has been trained; the pipeline's <see cref="Pipeline.Annotators"/> say which ran.
    /// </summary>
    /// <exception cref="IOException">The models directory is missing.</exception>
    /// <exception cref="Stancewatch.Nlp.Models.ModelLoadException">A model is missing or does not load.</exception>
    public static Pipeline Create(DirectoryInfo? modelsDirectory, bool raw)
    {
        string directory = ModelsDirectory(modelsDirectory);
        if (File.Exists(Path.Combine(directory, "tagger", Stancewatch.Nlp.Models.ModelDirectory.CardFile)))
        {
            var language = LanguagePipeline.Load(directory);
            return raw ? language.Full : language.FromTokens;
        }

        var builder = new PipelineBuilder();
        if (raw)
        {
            string models = ModelsDirectory(modelsDirectory);
            var lexicon = TokenizerLexicon.Load(Path.Combine(models, TokenizerLexicon.ModelName));
            builder.Add(new Tokenizer(lexicon)).Add(SentenceSplitter.Load(models, lexicon));
        }

        string? root = modelsDirectory?.FullName ?? TryModelsDirectory();
        if (root != null)
        {
            if (Directory.Exists(Path.Combine(root, "tagger")))
            {
                builder.Add(PerceptronTagger.Load(Path.Combine(root, "tagger")));
            }

            if (Directory.Exists(Path.Combine(root, "lemmatizer")))
            {
                builder.Add(EditRuleLemmatizer.Load(Path.Combine(root, "lemmatizer")));
            }

            if (Directory.Exists(Path.Combine(root, "parser")))
            {
                builder.Add(ArcHybridParser.Load(Path.Combine(root, "parser")));
            }
        }

        return builder.Build(raw ? AnnotationLayers.None : AnnotationLayers.Tokens | AnnotationLayers.Sentences);
    }

    private static string? TryModelsDirectory()
    {
        try
        {
            return ModelsDirectory(null);
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The given models directory, or models/ in the current directory or above the executable.</summary>
    public static string ModelsDirectory(DirectoryInfo? given)
    {
        if (given != null)
        {
            return given.Exists ? given.FullName : throw new DirectoryNotFoundException($"{given.FullName}: models directory not found");
        }

        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "models");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Stancewatch.slnx")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("no models/ directory found in the current directory or above the executable (pass --models)");
    }
}
