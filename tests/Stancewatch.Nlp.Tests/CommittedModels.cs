using Stancewatch.Testing;

namespace Stancewatch.Nlp.Tests;

/// <summary>Loads the committed language models once for a test class.</summary>
public sealed class CommittedModels
{
    private readonly Lazy<LanguagePipeline> _pipeline = new(() => LanguagePipeline.Load(Directory));

    /// <summary>The repository's models/ folder.</summary>
    public static string Directory => Path.Combine(SharedData.RepositoryRoot, "models");

    public LanguagePipeline Pipeline => _pipeline.Value;
}
