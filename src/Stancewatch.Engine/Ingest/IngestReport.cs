using Stancewatch.Storage;
using Stancewatch.Text.Reading;

namespace Stancewatch.Engine.Ingest;

/// <summary>The outcome of one ingest run: counts, the documents read, and every failure.</summary>
public sealed record IngestReport(long RunId, RunCounts Counts, IReadOnlyList<IngestedDocument> Documents, IReadOnlyList<ReadFailure> Failures)
{
    /// <summary>True when nothing at all could be read (every input failed, or there was none).</summary>
    public bool NothingRead => Counts.Read == 0;
}
