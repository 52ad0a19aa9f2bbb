using Stancewatch.Nlp;

namespace Stancewatch.Cli;

/// <summary>Composes the language pipeline the commands run, from the models directory.</summary>
public static class UdPipelines
{
    /// <summary>
    /// The pipeline for <c>eval ud</c>: with <paramref name="raw"/> the whole <see cref="LanguagePipeline"/> from text;
    /// without it the input keeps its gold tokens and sentences and only tagger, lemmatizer and parser run.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The models directory is missing.</exception>
    /// <exception cref="Stancewatch.Nlp.Models.ModelLoadException">A model is missing or does not load.</exception>
    public static Pipeline Create(DirectoryInfo? modelsDirectory, bool raw)
    {
        var language = LanguagePipeline.Load(ModelsDirectory(modelsDirectory));
        return raw ? language.Full : language.FromTokens;
    }

    /// <summary>The given models directory, or the one <see cref="LanguagePipeline.FindModelsDirectory"/> finds.</summary>
    public static string ModelsDirectory(DirectoryInfo? given)
    {
        if (given != null)
        {
            return given.Exists ? given.FullName : throw new DirectoryNotFoundException($"{given.FullName}: models directory not found");
        }

        return LanguagePipeline.FindModelsDirectory();
    }
}
