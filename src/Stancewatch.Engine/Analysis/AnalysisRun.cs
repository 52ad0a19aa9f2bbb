using System.Collections.Immutable;
using System.Data.Common;
using Stancewatch.Analysis;
using Stancewatch.Engine.Ingest;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;
using Stancewatch.Nlp;
using Stancewatch.Storage;
using Stancewatch.Text;
using Stancewatch.Text.Publishers;

namespace Stancewatch.Engine.Analysis;

/// <summary>
/// Runs one analysis: ingests the inputs that are not stored yet, then for each document the language pipeline,
/// mention resolution and extraction (each document behind its own error boundary: a failure is recorded with its
/// stage and the run goes on), and finally the stance analysis over all documents. Extraction runs only when the
/// pipeline produces the tags, lemmas and dependencies it reads; otherwise the report says so.
/// </summary>
public sealed class AnalysisRun
{
    private readonly IngestRun _ingest;
    private readonly IStore _store;
    private readonly Pipeline _pipeline;
    private readonly IMentionResolver _resolver;
    private readonly Extractor? _extractor;
    private readonly PublisherRegistry _publishers;
    private readonly StanceAnalyzer _analyzer;

    public AnalysisRun(IngestRun ingest, IStore store, Pipeline pipeline, IMentionResolver resolver, Extractor? extractor, PublisherRegistry publishers, StanceAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(publishers);
        ArgumentNullException.ThrowIfNull(analyzer);
        _ingest = ingest;
        _store = store;
        _pipeline = pipeline;
        _resolver = resolver;
        _extractor = extractor;
        _publishers = publishers;
        _analyzer = analyzer;
    }

    /// <summary>Runs the analysis of <paramref name="request"/>'s inputs.</summary>
    /// <exception cref="DbException">The database failed; the run stops.</exception>
    public async Task<AnalysisReport> RunAsync(AnalysisRequest request, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ingestProgress = progress is null ? null : new Forward(p => progress.Report(new AnalysisProgress(AnalysisStage.Ingest, p.InputsDone, p.InputsTotal, p.Current)));
        var ingest = await _ingest.RunAsync(new IngestRequest { Inputs = request.Inputs, Published = request.Published, Command = request.Command }, ingestProgress, cancellationToken).ConfigureAwait(false);
        var failures = ImmutableArray.CreateBuilder<StageFailure>();
        failures.AddRange(ingest.Failures.Select(f => new StageFailure(f.Input, AnalysisStage.Ingest, f.Reason)));

        var sources = new List<(SourceDocument Document, string? DuplicateOf)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in ingest.Documents)
        {
            if (!seen.Add(d.Id))
            {
                continue;
            }

            var stored = await _store.GetDocumentAsync(d.Id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                failures.Add(new StageFailure(d.Origin, AnalysisStage.Ingest, Messages.NotStored));
                continue;
            }

            // The path given in this run is the document's path in the export (scoring matches files by name).
            string? duplicateOf = d.Status == DocumentStatus.NearDuplicate ? d.DuplicateOf : stored.DuplicateOf;
            sources.Add((stored.Document with { Origin = d.Origin }, duplicateOf));
        }

        bool extract = _extractor is not null && _pipeline.Produces.HasFlag(AnnotationLayers.Tags | AnnotationLayers.Lemmas | AnnotationLayers.Dependencies);
        var notes = extract ? ImmutableArray<string>.Empty : [Messages.ExtractionSkipped];
        var records = new DocumentRecords?[sources.Count];
        int done = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var errors = new StageFailure?[sources.Count];
        Parallel.For(0, sources.Count, options, i =>
        {
            var (document, duplicateOf) = sources[i];
            (records[i], errors[i]) = Prepare(document, duplicateOf, extract);
            int n = Interlocked.Increment(ref done);
            progress?.Report(new AnalysisProgress(AnalysisStage.Language, n, sources.Count, document.Origin));
        });
        failures.AddRange(errors.Where(e => e is not null)!);

        progress?.Report(new AnalysisProgress(AnalysisStage.Analysis, 0, 1, "all documents"));
        var result = _analyzer.Analyze(records.Where(r => r is not null)!);
        progress?.Report(new AnalysisProgress(AnalysisStage.Analysis, 1, 1, "all documents"));
        return new AnalysisReport(ingest, result, failures.ToImmutable(), notes);
    }

    private (DocumentRecords? Records, StageFailure? Failure) Prepare(SourceDocument document, string? duplicateOf, bool extract)
    {
        var stage = AnalysisStage.Language;
        try
        {
            var annotated = _pipeline.Annotate(AnnotatedDocument.FromText(document.Id, document.Text));
            stage = AnalysisStage.Mentions;
            var mentions = _resolver.Resolve(annotated, document.Published);
            var events = ImmutableArray<Event>.Empty;
            if (extract)
            {
                stage = AnalysisStage.Extraction;
                // An undated document's bare dates ("on May 4") take their year from the crisis period.
                var extraction = _extractor!.Extract(annotated, mentions, ExtractionContext.From(document, _analyzer.Profile.Period.From));
                events = [.. extraction.All()];
                mentions = extraction.Mentions;
            }

            var voice = _publishers.VoiceOf(document.Url, document.Publisher);
            return (new DocumentRecords
            {
                Source = document,
                Annotated = annotated,
                Mentions = mentions,
                Events = events,
                Voice = voice.IsGovernment && voice.Country is not null ? new ActorRef(voice.Country, voice.Kind == VoiceKind.StateMedia ? "MED" : "GOV", voice.Name) : null,
                DuplicateOf = duplicateOf,
            }, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return (null, new StageFailure(document.Origin, stage, Messages.StageFailed(stage.ToString().ToLowerInvariant(), ex)));
        }
    }

    private sealed class Forward(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
