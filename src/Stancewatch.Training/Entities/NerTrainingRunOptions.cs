namespace Stancewatch.Training.Entities;

/// <summary>Where <see cref="NerTrainingRun"/> reads and writes, and how it trains.</summary>
public sealed record NerTrainingRunOptions
{
    /// <summary>The shared data folder holding <c>ud/</c> and <c>ner/</c>.</summary>
    public required string SharedDirectory { get; init; }

    /// <summary>Folder that receives <c>ner/</c>.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Trainer settings (epochs is the maximum searched on the held-out data).</summary>
    public NerTrainerOptions Trainer { get; init; } = NerTrainerOptions.Default;

    /// <summary>
    /// Our actor knowledge base (data/actors) whose names become the known-name features; null (the default) for none:
    /// on the held-out uner dev they lowered micro F1 (docs/decisions/0006-ner-word-clusters.md).
    /// </summary>
    public string? ActorsDirectory { get; init; }

    /// <summary>Word classes learned from the unlabelled training text (0: no cluster features).</summary>
    public int ClusterClasses { get; init; } = 128;

    /// <summary>How many times each uner dev (in-domain) training sentence is given per epoch.</summary>
    public int InDomainRepeats { get; init; } = 1;

    /// <summary>Share of the uner dev documents used for training in the selection stage; the rest choose the epoch.</summary>
    public double SelectionTrainShare { get; init; } = 0.6;

    /// <summary>The command line recorded in the card.</summary>
    public string Command { get; init; } = "stancewatch train --only ner";

    /// <summary>Git commit recorded in the card, when known.</summary>
    public string? CodeCommit { get; init; }
}
