using System.Data.Common;
using Stancewatch.Storage;
using Stancewatch.Text;
using Stancewatch.Text.Duplicates;
using Stancewatch.Text.Reading;

namespace Stancewatch.Engine.Ingest;

/// <summary>
/// Runs one ingest: expands the inputs, reads each behind its own error boundary (a bad input becomes one
/// recorded failure and the run goes on), and stores new documents in batches of whole documents (one transaction per batch), skipping exact
/// duplicates (same id) and linking near-duplicates to their original. Database failures stop the run: each
/// document already stored stays whole, and running the same request again completes the work.
/// </summary>
public sealed class IngestRun
{
    private readonly InputReader reader;
    private readonly IStore store;
    private readonly NearDuplicateDetector detector;
    private readonly TimeProvider time;

    /// <summary>Creates the run over its parts.</summary>
    public IngestRun(InputReader reader, IStore store, NearDuplicateDetector detector, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(time);
        this.reader = reader;
        this.store = store;
        this.detector = detector;
        this.time = time;
    }

    /// <summary>Documents written per transaction: each is still wholly stored or absent, and a batch is cheaper than one commit each.</summary>
    public const int BatchSize = 500;

    /// <summary>A non-empty batch is written at least this often, so a slow run (feeds, URLs) keeps its work.</summary>
    public static readonly TimeSpan MaxBatchAge = TimeSpan.FromSeconds(1);

    /// <summary>Ingests <paramref name="request"/>'s inputs.</summary>
    /// <exception cref="DbException">The database failed; the run stops and the unwritten batch is rolled back.</exception>
    public async Task<IngestReport> RunAsync(IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        long runId = await store.StartRunAsync(request.Command, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var state = new RunState { LastFlush = time.GetUtcNow() };
        var failures = new List<ReadFailure>();

        List<string> inputs = reader.Expand(request.Inputs).ToList();
        if (inputs.Count == 0)
        {
            failures.Add(new ReadFailure("ingest", Messages.NoInputs));
        }

        for (int i = 0; i < inputs.Count; i++)
        {
            string input = inputs[i];
            progress?.Report(new IngestProgress(i, inputs.Count, input));
            var inputFailures = new List<ReadFailure>();
            try
            {
                await foreach (ReadResult result in reader.ReadAsync(input, cancellationToken).ConfigureAwait(false))
                {
                    if (result.Failure is not null)
                    {
                        inputFailures.Add(result.Failure);
                        continue;
                    }

                    await AddAsync(state, result, request.Published, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (InputException ex)
            {
                inputFailures.Add(ReadFailure.From(ex));
            }
            catch (Exception ex) when (!IsFatal(ex, cancellationToken))
            {
                inputFailures.Add(new ReadFailure(input, Messages.UnexpectedReadError(ex)));
            }

            foreach (ReadFailure failure in inputFailures)
            {
                await store.RecordFailureAsync(runId, failure.Input, failure.Reason, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                failures.Add(failure);
            }
        }

        await FlushAsync(state, cancellationToken).ConfigureAwait(false);
        progress?.Report(new IngestProgress(inputs.Count, inputs.Count, string.Empty));
        List<IngestedDocument> documents = state.Documents;
        var counts = new RunCounts(
            documents.Count,
            documents.Count(d => d.Status != DocumentStatus.Duplicate),
            documents.Count(d => d.Status == DocumentStatus.Duplicate),
            documents.Count(d => d.Status == DocumentStatus.NearDuplicate),
            failures.Count);
        await store.FinishRunAsync(runId, counts, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new IngestReport(runId, counts, documents, failures);
    }

    private async Task AddAsync(RunState state, ReadResult result, DateOnly? published, CancellationToken cancellationToken)
    {
        SourceDocument document = result.Document!;
        if (published is not null)
        {
            document = document with { Published = published, PublishedInferred = false };
        }

        if (state.PendingIds.Contains(document.Id) || await store.ContainsAsync(document.Id, cancellationToken).ConfigureAwait(false))
        {
            state.Documents.Add(Summary(document, DocumentStatus.Duplicate, document.Id));
            return;
        }

        MinHashSignature signature = detector.Sign(document.Text);
        var bandKeys = detector.BandKeys(signature);
        string? original = null;
        if (!bandKeys.IsEmpty)
        {
            double best = 0;
            var candidates = new List<NearDuplicateCandidate>(await store.FindNearDuplicateCandidatesAsync(bandKeys, cancellationToken).ConfigureAwait(false));
            foreach (int index in bandKeys.SelectMany(k => state.PendingBands.TryGetValue(k, out List<int>? list) ? list : []).Distinct())
            {
                NewDocument pending = state.Pending[index].Row;
                candidates.Add(new NearDuplicateCandidate(pending.Document.Id, pending.DuplicateOf, pending.Signature!));
            }
            foreach (NearDuplicateCandidate candidate in candidates)
            {
                double similarity = signature.Similarity(candidate.Signature);
                if (similarity >= NearDuplicateDetector.Threshold && similarity > best)
                {
                    best = similarity;
                    original = candidate.DuplicateOf ?? candidate.Id;
                }
            }
        }

        var row = new NewDocument
        {
            Document = document,
            Raw = result.Raw,
            RawEncoding = result.RawEncoding,
            DuplicateOf = original,
            AddedAt = time.GetUtcNow(),
            Signature = signature,
            BandKeys = bandKeys,
        };
        foreach (long key in bandKeys)
        {
            if (!state.PendingBands.TryGetValue(key, out List<int>? list))
            {
                state.PendingBands[key] = list = [];
            }

            list.Add(state.Pending.Count);
        }

        state.Pending.Add((row, state.Documents.Count));
        state.PendingIds.Add(document.Id);
        state.Documents.Add(Summary(document, original is null ? DocumentStatus.Added : DocumentStatus.NearDuplicate, original));
        if (state.Pending.Count >= BatchSize || time.GetUtcNow() - state.LastFlush >= MaxBatchAge)
        {
            await FlushAsync(state, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(RunState state, CancellationToken cancellationToken)
    {
        state.LastFlush = time.GetUtcNow();
        if (state.Pending.Count == 0)
        {
            return;
        }

        IReadOnlyList<AddOutcome> outcomes = await store.AddDocumentsAsync(state.Pending.Select(p => p.Row).ToList(), cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i] == AddOutcome.AlreadyStored)
            {
                // Another writer stored the same text meanwhile.
                int index = state.Pending[i].ReportIndex;
                state.Documents[index] = state.Documents[index] with { Status = DocumentStatus.Duplicate, DuplicateOf = state.Documents[index].Id };
            }
        }

        state.Pending.Clear();
        state.PendingIds.Clear();
        state.PendingBands.Clear();
    }

    private static IngestedDocument Summary(SourceDocument document, DocumentStatus status, string? duplicateOf) => new()
    {
        Id = document.Id,
        Origin = document.Origin,
        Title = document.Title,
        Publisher = document.Publisher,
        Url = document.Url,
        Published = document.Published,
        PublishedInferred = document.PublishedInferred,
        Characters = document.Text.Length,
        Status = status,
        DuplicateOf = duplicateOf,
    };

    /// <summary>Failures of the environment or of the run itself, which must stop it rather than be recorded per input.</summary>
    private static bool IsFatal(Exception ex, CancellationToken cancellationToken) =>
        ex is DbException or StoreSchemaException or OutOfMemoryException
        || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary>The mutable state of one run: documents read so far and the batch not yet written.</summary>
    private sealed class RunState
    {
        public List<IngestedDocument> Documents { get; } = [];

        public List<(NewDocument Row, int ReportIndex)> Pending { get; } = [];

        public HashSet<string> PendingIds { get; } = new(StringComparer.Ordinal);

        public Dictionary<long, List<int>> PendingBands { get; } = [];

        public DateTimeOffset LastFlush { get; set; }
    }
}
