namespace Stancewatch.Training.Entities;

/// <summary>One training pass: sentences whose predicted tags differed from gold, and the score on the selection data (null without any).</summary>
public sealed record NerEpoch(int Epoch, int Mistakes, int Sentences, NerScore? Selection);
