namespace Stancewatch.Engine.Ingest;

/// <summary>What to ingest.</summary>
public sealed record IngestRequest
{
    /// <summary>Files, folders (read recursively) and http(s) URLs.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Publication date set by hand for every document of this run (overrides metadata and inference).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The command line recorded with the run.</summary>
    public string Command { get; init; } = "ingest";
}
