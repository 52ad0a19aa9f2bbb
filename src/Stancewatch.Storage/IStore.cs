namespace Stancewatch.Storage;

/// <summary>
/// The document store. Every write of one document (its row, its band keys) is one transaction, keyed by the
/// content-hash id, so a re-run is idempotent and an interrupted run leaves each document wholly stored or
/// absent. Implementations: <see cref="Sqlite.SqliteStore"/>; a PostgreSQL one can be added behind this interface.
/// An instance is used by one caller at a time.
/// </summary>
public interface IStore : IAsyncDisposable
{
    /// <summary>The schema version of the open database.</summary>
    int SchemaVersion { get; }

    /// <summary>Stores a document unless its id is already stored.</summary>
    Task<AddOutcome> AddDocumentAsync(NewDocument document, CancellationToken cancellationToken);

    /// <summary>
    /// Stores several documents in one transaction (each unless its id is already stored): every document is
    /// wholly stored or, if the transaction fails or the process dies, wholly absent. Outcomes are in input order.
    /// </summary>
    Task<IReadOnlyList<AddOutcome>> AddDocumentsAsync(IReadOnlyList<NewDocument> documents, CancellationToken cancellationToken);

    /// <summary>True when a document with this id is stored.</summary>
    Task<bool> ContainsAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stored documents sharing at least one of <paramref name="bandKeys"/>.</summary>
    Task<IReadOnlyList<NearDuplicateCandidate>> FindNearDuplicateCandidatesAsync(IReadOnlyList<long> bandKeys, CancellationToken cancellationToken);

    /// <summary>The stored document with this exact id, or null.</summary>
    Task<StoredDocument?> GetDocumentAsync(string id, CancellationToken cancellationToken);

    /// <summary>Ids starting with <paramref name="prefix"/> (at most <paramref name="limit"/>), for short ids typed by hand.</summary>
    Task<IReadOnlyList<string>> FindIdsAsync(string prefix, int limit, CancellationToken cancellationToken);

    /// <summary>All stored documents, ordered by publication date (undated last), then id.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken);

    /// <summary>Number of stored documents.</summary>
    Task<int> CountDocumentsAsync(CancellationToken cancellationToken);

    /// <summary>Records the start of a run; returns its id.</summary>
    Task<long> StartRunAsync(string command, DateTimeOffset startedAt, CancellationToken cancellationToken);

    /// <summary>Records one failed input of a run.</summary>
    Task RecordFailureAsync(long runId, string input, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records the end of a run and its counts.</summary>
    Task FinishRunAsync(long runId, RunCounts counts, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>The run with this id, or null.</summary>
    Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken);

    /// <summary>The failures recorded for a run, in order.</summary>
    Task<IReadOnlyList<FailureRecord>> ListFailuresAsync(long runId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces, in one transaction, the stored results of one document for the stages given: each stage's
    /// previous row is deleted and the new one written. Other stages' rows are left alone.
    /// </summary>
    Task ReplaceResultsAsync(string documentId, IReadOnlyCollection<StageResult> results, CancellationToken cancellationToken);

    /// <summary>The stored results of one document, ordered by stage.</summary>
    Task<IReadOnlyList<StageResult>> GetResultsAsync(string documentId, CancellationToken cancellationToken);
}
