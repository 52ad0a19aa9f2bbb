namespace Stancewatch.Engine.Analysis;

/// <summary>What to analyse: inputs (ingested first when not stored yet) and an optional publication date for all of them.</summary>
public sealed record AnalysisRequest
{
    /// <summary>Files, folders (read recursively) and http(s) URLs.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Publication date set by hand for every new document of this run.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The command line recorded with the run.</summary>
    public string Command { get; init; } = "analyze";
}
