namespace Stancewatch.Nlp.Models;

/// <summary>A data file a model was trained or selected on, with its SHA-256 and size, as recorded in the model card.</summary>
public sealed record TrainingFile(string Path, string Role, string Sha256, int Sentences, int Words);
