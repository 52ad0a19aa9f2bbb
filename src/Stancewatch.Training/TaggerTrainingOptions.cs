using System.Collections.Immutable;
using System.Globalization;

namespace Stancewatch.Training;

/// <summary>Hyperparameters of <see cref="TaggerTrainer"/>.</summary>
public sealed record TaggerTrainingOptions
{
    /// <summary>Passes over the training data; the best one on dev is kept.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the per-epoch shuffle.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// A word seen at least this often is limited to the classes it was seen with and their inflectional partners
    /// (<see cref="SyncreticTags"/>).
    /// </summary>
    public int DictionaryMinCount { get; init; } = 5;

    /// <summary>The options as model-card hyperparameters.</summary>
    public ImmutableSortedDictionary<string, string> Describe() => new Dictionary<string, string>
    {
        ["epochs"] = Epochs.ToString(CultureInfo.InvariantCulture),
        ["dictionaryMinCount"] = DictionaryMinCount.ToString(CultureInfo.InvariantCulture),
        ["dictionaryPartners"] = "VBD/VBN, VB/VBP, NNS/VBZ for noun and verb classes",
        ["classes"] = "UPOS XPOS FEATS composite",
        ["features"] = "form, lower, suffixes 1-4, prefixes 1-3, shape, flags, words -2..+2, suffix3/shape of neighbours, XPOS of the two previous words, conjunctions, ambiguity classes of the word, its lower-case form and the next two words, sentence casing style",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
