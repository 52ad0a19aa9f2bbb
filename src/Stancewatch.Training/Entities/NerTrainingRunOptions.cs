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

    /// <summary>Share of the uner dev documents used for training in the selection stage; the rest choose the epoch.</summary>
    public double SelectionTrainShare { get; init; } = 0.6;

    /// <summary>The command line recorded in the card.</summary>
    public string Command { get; init; } = "stancewatch train --only ner";

    /// <summary>Git commit recorded in the card, when known.</summary>
    public string? CodeCommit { get; init; }
}
