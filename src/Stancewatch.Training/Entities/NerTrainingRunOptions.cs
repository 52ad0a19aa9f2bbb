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
    /// Our actor knowledge base (data/actors) whose names become the known-name features; null for none. With the
    /// Phoenix groups they raise cross-validated uner dev F1 by about a point (docs/decisions/0012-ner-accuracy.md).
    /// </summary>
    public string? ActorsDirectory { get; init; }

    /// <summary>
    /// The Phoenix dictionaries (shared dictionaries/) whose non-state groups (Phoenix.MilNonState.actors.txt:
    /// "Hezbollah", "al-Qaida") join the known names as ORG; null for none. Used only with <see cref="ActorsDirectory"/>.
    /// </summary>
    public string? PhoenixDirectory { get; init; }

    /// <summary>Word classes learned from the unlabelled training text (0: no cluster features).</summary>
    public int ClusterClasses { get; init; } = 128;

    /// <summary>How many times each uner dev (in-domain) training sentence is given per epoch.</summary>
    public int InDomainRepeats { get; init; } = 1;

    /// <summary>
    /// Weak supervision from UD EWT train (docs/decisions/0015-ner-in-domain-weak-supervision.md): a first model,
    /// trained on the same data as the model it serves, labels the treebank; its mentions are kept where they are
    /// gold proper-noun runs, and the runs it left unlabelled stay open. Null for none.
    /// </summary>
    public SilverLabelOptions? WeakSupervision { get; init; } = new(SnapToRuns: false, OpenUnlabelledRuns: true);

    /// <summary>Every how many-th silver sentence of EWT train is trained on (more silver drowns the gold data).</summary>
    public int WeakEvery { get; init; } = 4;

    /// <summary>Epochs of the first model that labels EWT train.</summary>
    public int TeacherEpochs { get; init; } = 8;

    /// <summary>
    /// Folds of the uner dev documents for choosing the epoch: each fold is held out once while the model trains on
    /// GUM and the other folds, and the epoch with the best pooled held-out F1 is kept.
    /// </summary>
    public int SelectionFolds { get; init; } = 3;

    /// <summary>The command line recorded in the card.</summary>
    public string Command { get; init; } = "stancewatch train --only ner";

    /// <summary>Git commit recorded in the card, when known.</summary>
    public string? CodeCommit { get; init; }
}
