namespace Stancewatch.Training;

/// <summary>What <see cref="PipelineTrainer"/> trains, from where, to where, and with which hyperparameters.</summary>
public sealed record PipelineTrainingOptions
{
    /// <summary>The shared data folder holding <c>ud/</c>.</summary>
    public required string SharedDirectory { get; init; }

    /// <summary>Where model directories are written (one per component).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Components to train: any of tagger, lemmatizer, parser; empty means all.</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The command line recorded in each model card.</summary>
    public string Command { get; init; } = "stancewatch train";

    /// <summary>Git commit recorded in each model card, when known.</summary>
    public string? CodeCommit { get; init; }

    /// <summary>Rewrite GUM train's features and lemmas to EWT's conventions where the two treebanks disagree (see <see cref="FeatureConventions"/> and <see cref="LemmaConventions"/>).</summary>
    public bool HarmoniseConventions { get; init; } = true;

    /// <summary>Tagger hyperparameters.</summary>
    public TaggerTrainingOptions Tagger { get; init; } = new();

    /// <summary>Lemmatizer hyperparameters.</summary>
    public LemmatizerTrainingOptions Lemmatizer { get; init; } = new();

    /// <summary>Parser hyperparameters.</summary>
    public ParserTrainingOptions Parser { get; init; } = new();

    /// <summary>Only the first this many training sentences of each file (0 = all); for quick checks.</summary>
    public int MaxTrainSentences { get; init; }

    /// <summary>True when <paramref name="component"/> should be trained.</summary>
    public bool Includes(string component) => Only.Count == 0 || Only.Contains(component);
}
