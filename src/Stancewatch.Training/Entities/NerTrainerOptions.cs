using System.Collections.Immutable;

namespace Stancewatch.Training.Entities;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
/// <param name="Epochs">Passes over the training data (at most; the best epoch on the selection data is kept when there is some).</param>
/// <param name="Seed">Seed of the shuffling order; same seed and data give the same model.</param>
/// <param name="Types">Entity types to learn; mentions of other types are ignored.</param>
/// <param name="UseTags">Whether to use UPOS features (the training sentences must then carry tags).</param>
/// <param name="GazetteerFolds">Folds for the out-of-fold gazetteer, so that training sentences see only word classes learned from other sentences.</param>
public sealed record NerTrainerOptions(int Epochs, int Seed, ImmutableArray<string> Types, bool UseTags = false, int GazetteerFolds = 2)
{
    /// <summary>Defaults: 20 epochs, seed 1, PER, ORG and LOC, no tags, two gazetteer folds.</summary>
    public static NerTrainerOptions Default { get; } = new(20, 1, ["LOC", "ORG", "PER"]);

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Epochs or folds below 1, or no type.</exception>
    public NerTrainerOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(GazetteerFolds, 1);
        ArgumentOutOfRangeException.ThrowIfZero(Types.Length);
        return this;
    }
}
