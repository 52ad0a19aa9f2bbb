namespace Stancewatch.Training.Evaluation;

/// <summary>An actor of a gold event record: the words that name it, its code and its sector.</summary>
public sealed record GoldActor(string Text, string Code, string? Sector);
