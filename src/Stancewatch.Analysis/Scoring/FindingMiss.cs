namespace Stancewatch.Analysis.Scoring;

/// <summary>A gold finding that no predicted record of its document matched.</summary>
public sealed record FindingMiss(string File, GoldFinding Finding);
