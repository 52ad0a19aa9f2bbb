namespace Stancewatch.Training;

/// <summary>Progress of one training stage: epoch, fraction done in it, and a message (dev scores at the end of an epoch).</summary>
public readonly record struct TrainingProgress(string Stage, int Epoch, int Epochs, double Fraction, string? Message);
