namespace Stancewatch.Analysis.Tests.Scoring;

/// <summary>How a derived export names its documents.</summary>
public enum DocumentNaming
{
    IdAndPath,
    UrlOnly,
    FileNameAsDoc,
}
