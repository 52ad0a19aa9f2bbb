using System.Collections.Immutable;
using Stancewatch.Nlp.Entities;

namespace Stancewatch.Training.Entities;

/// <summary>The trained model, the epoch it was taken from, and every epoch's figures.</summary>
public sealed record NerTrainingResult(EntityModel Model, int BestEpoch, ImmutableArray<NerEpoch> Epochs);
