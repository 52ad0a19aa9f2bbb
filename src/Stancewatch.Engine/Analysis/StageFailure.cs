namespace Stancewatch.Engine.Analysis;

/// <summary>One document (or input) that failed in one stage, and why; the run went on without it.</summary>
public sealed record StageFailure(string Input, AnalysisStage Stage, string Reason)
{
    public override string ToString() => Input + ": " + Reason;
}
