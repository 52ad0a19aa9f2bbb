namespace Stancewatch.Analysis.Scoring;

/// <summary>
/// One row of the findings table: gold findings, how many were found, predicted records, how many of those
/// match some gold finding, and the ratios (null where the script prints "-": no gold, no prediction).
/// </summary>
public sealed record KindScore(string Kind, int Gold, int Found, int Predicted, int Correct, double? Recall, double? Precision, double? F1);
