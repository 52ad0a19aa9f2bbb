namespace Stancewatch.Engine.Analysis;

/// <summary>Progress of one stage: <paramref name="Done"/> of <paramref name="Total"/> documents, the current one named.</summary>
public sealed record AnalysisProgress(AnalysisStage Stage, int Done, int Total, string Current);
