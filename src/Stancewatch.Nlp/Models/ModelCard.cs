using System.Collections.Immutable;

namespace Stancewatch.Nlp.Models;

/// <summary>
/// The card of a model directory (model.json): what the model is, the data and command that built it, and how
/// well it does. Metrics are named like <c>dev.en_ewt.UPOS</c> (used for selection) and <c>test.en_ewt.LAS</c>
/// (reported only).
/// </summary>
public sealed record ModelCard
{
    /// <summary>Model name, also its directory name (e.g. <c>tagger</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Component kind (e.g. <c>PerceptronTagger</c>); loading checks it.</summary>
    public required string Kind { get; init; }

    /// <summary>Version of the weights format; loading checks it.</summary>
    public required int FormatVersion { get; init; }

    /// <summary>The classes the model predicts, in id order; loading checks them against weights.bin.</summary>
    public required ImmutableArray<string> Labels { get; init; }

    /// <summary>Training and selection files with checksums.</summary>
    public ImmutableArray<TrainingFile> TrainingFiles { get; init; } = [];

    /// <summary>Random seed.</summary>
    public int Seed { get; init; }

    /// <summary>Hyperparameters by name.</summary>
    public ImmutableSortedDictionary<string, string> Hyperparameters { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Metrics by name (percentages).</summary>
    public ImmutableSortedDictionary<string, double> Metrics { get; init; } = ImmutableSortedDictionary<string, double>.Empty;

    /// <summary>When training finished.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>The exact command that rebuilds the model.</summary>
    public string TrainingCommand { get; init; } = "";

    /// <summary>Git commit of the code that trained it, when known.</summary>
    public string? CodeCommit { get; init; }

    /// <summary>Wall-clock training time in seconds.</summary>
    public double TrainingSeconds { get; init; }

    /// <summary>SHA-256 of weights.bin (hex, lower case); set when the model is saved.</summary>
    public string WeightsSha256 { get; init; } = "";

    /// <summary>Size of weights.bin in bytes; set when the model is saved.</summary>
    public long WeightsBytes { get; init; }
}
