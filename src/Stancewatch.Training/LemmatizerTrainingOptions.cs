using System.Collections.Immutable;
using System.Globalization;

namespace Stancewatch.Training;

/// <summary>Hyperparameters of <see cref="LemmatizerTrainer"/>.</summary>
public sealed record LemmatizerTrainingOptions
{
    /// <summary>Passes over the training words; the best one on dev is kept.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Seed of the per-epoch shuffle.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Rules seen fewer times than this are not classes (their words still enter the exception list).</summary>
    public int MinRuleCount { get; init; } = 2;

    /// <summary>A form seen at least this many times, always with the same lemma, keeps it under any tag.</summary>
    public int MinFormCount { get; init; } = 2;

    /// <summary>The options as model-card hyperparameters.</summary>
    public ImmutableSortedDictionary<string, string> Describe() => new Dictionary<string, string>
    {
        ["epochs"] = Epochs.ToString(CultureInfo.InvariantCulture),
        ["minRuleCount"] = MinRuleCount.ToString(CultureInfo.InvariantCulture),
        ["minFormCount"] = MinFormCount.ToString(CultureInfo.InvariantCulture),
        ["features"] = "UPOS, XPOS, XPOS+FEATS, suffixes 1-5 with XPOS, shape, case flags, length, word with XPOS",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
