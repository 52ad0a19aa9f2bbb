using Stancewatch.Nlp;
using Stancewatch.Training.Evaluation;

namespace Stancewatch.Cli;

/// <summary>Composes the language pipeline the commands run, from the models directory.</summary>
public static class UdPipelines
{
    /// <summary>
    /// The pipeline for <c>eval ud</c>: the whole <see cref="LanguagePipeline"/> from raw text, tagger, lemmatizer and
    /// parser from gold tokens, or the parser alone from gold tags.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The models directory is missing.</exception>
    /// <exception cref="Stancewatch.Nlp.Models.ModelLoadException">A model is missing or does not load.</exception>
    public static Pipeline Create(DirectoryInfo? modelsDirectory, UdInput input)
    {
        var language = LanguagePipeline.Load(ModelsDirectory(modelsDirectory));
        return input switch
        {
            UdInput.RawText => language.Full,
            UdInput.GoldTags => language.FromTags,
            _ => language.FromTokens,
        };
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
