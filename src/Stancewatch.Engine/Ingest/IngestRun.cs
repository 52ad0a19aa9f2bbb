using System.Data.Common;
using Stancewatch.Storage;
using Stancewatch.Text;
using Stancewatch.Text.Duplicates;
using Stancewatch.Text.Reading;

namespace Stancewatch.Engine.Ingest;

/// <summary>
/// Runs one ingest: expands the inputs, reads each behind its own error boundary (a bad input becomes one
/// recorded failure and the run goes on), and stores every new document in its own transaction, skipping exact
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

    /// <summary>Ingests <paramref name="request"/>'s inputs.</summary>
    /// <exception cref="DbException">The database failed; the run stops and the current document is rolled back.</exception>
    public async Task<IngestReport> RunAsync(IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        long runId = await store.StartRunAsync(request.Command, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var documents = new List<IngestedDocument>();
        var failures = new List<ReadFailure>();
        int read = 0, added = 0, duplicates = 0, near = 0;

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

                    read++;
                    IngestedDocument stored = await StoreAsync(result, request.Published, cancellationToken).ConfigureAwait(false);
                    documents.Add(stored);
                    switch (stored.Status)
                    {
                        case DocumentStatus.Added:
                            added++;
                            break;
                        case DocumentStatus.NearDuplicate:
                            added++;
                            near++;
                            break;
                        default:
                            duplicates++;
                            break;
                    }
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

        progress?.Report(new IngestProgress(inputs.Count, inputs.Count, string.Empty));
        var counts = new RunCounts(read, added, duplicates, near, failures.Count);
        await store.FinishRunAsync(runId, counts, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new IngestReport(runId, counts, documents, failures);
    }

    private async Task<IngestedDocument> StoreAsync(ReadResult result, DateOnly? published, CancellationToken cancellationToken)
    {
        SourceDocument document = result.Document!;
        if (published is not null)
        {
            document = document with { Published = published, PublishedInferred = false };
        }

        IngestedDocument Summary(DocumentStatus status, string? duplicateOf) => new()
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

        if (await store.ContainsAsync(document.Id, cancellationToken).ConfigureAwait(false))
        {
            return Summary(DocumentStatus.Duplicate, document.Id);
        }

        MinHashSignature signature = detector.Sign(document.Text);
        var bandKeys = detector.BandKeys(signature);
        string? original = null;
        if (!bandKeys.IsEmpty)
        {
            double best = 0;
            foreach (NearDuplicateCandidate candidate in await store.FindNearDuplicateCandidatesAsync(bandKeys, cancellationToken).ConfigureAwait(false))
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
        AddOutcome outcome = await store.AddDocumentAsync(row, cancellationToken).ConfigureAwait(false);
        if (outcome == AddOutcome.AlreadyStored)
        {
            return Summary(DocumentStatus.Duplicate, document.Id);
        }

        return Summary(original is null ? DocumentStatus.Added : DocumentStatus.NearDuplicate, original);
    }

    /// <summary>Failures of the environment or of the run itself, which must stop it rather than be recorded per input.</summary>
    private static bool IsFatal(Exception ex, CancellationToken cancellationToken) =>
        ex is DbException or StoreSchemaException or OutOfMemoryException
        || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested);
}
