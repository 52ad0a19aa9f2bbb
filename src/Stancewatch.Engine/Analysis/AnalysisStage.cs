namespace Stancewatch.Engine.Analysis;

/// <summary>The stages of an analysis run, in order, as shown by progress bars.</summary>
public enum AnalysisStage
{
    Ingest,
    Language,
    Mentions,
    Extraction,
    Analysis,
}
