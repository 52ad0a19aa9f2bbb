using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Stancewatch.Engine.Ingest;
using Stancewatch.Storage;
using Stancewatch.Storage.Sqlite;
using Stancewatch.Text;
using Stancewatch.Text.Duplicates;
using Stancewatch.Text.Reading;

namespace Stancewatch.Benchmarks;

/// <summary>
/// Ingestion of 10,000 synthetic documents (about 250 words each) into a SQLite file, on one core:
/// <see cref="IngestJsonLines"/> is the whole ingest run (read, parse, normalise, id, MinHash, near-duplicate
/// lookup, one transaction per document); <see cref="StoreOnly"/> is the SQLite writes alone.
/// Documents per second = 10,000 / mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCore))]
public class IngestionBenchmarks
{
    /// <summary>Documents per operation.</summary>
    public const int Documents = 10_000;

    private string folder = string.Empty;
    private string jsonl = string.Empty;
    private string database = string.Empty;
    private List<NewDocument> prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "stancewatch-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        jsonl = Path.Combine(folder, "docs.jsonl");
        SyntheticDocuments.WriteJsonLines(jsonl, Documents);

        string[] vocabulary = SyntheticDocuments.Vocabulary();
        var detector = new NearDuplicateDetector();
        var now = new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero);
        prepared = Enumerable.Range(0, Documents).Select(n =>
        {
            string text = SyntheticDocuments.Text(n, vocabulary).TrimEnd();
            MinHashSignature signature = detector.Sign(text);
            return new NewDocument
            {
                Document = new SourceDocument { Id = DocumentId.FromText(text), Origin = "bench", Text = text, Format = "text" },
                Raw = System.Text.Encoding.UTF8.GetBytes(text),
                RawEncoding = "utf-8",
                AddedAt = now,
                Signature = signature,
                BandKeys = detector.BandKeys(signature),
            };
        }).ToList();
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        database = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db");
    }

    [Benchmark]
    public async Task<int> IngestJsonLines()
    {
        await using IStore store = SqliteStore.Open(new SqliteStoreOptions { Path = database });
        var run = new IngestRun(InputReader.CreateDefault(null, new InputReaderOptions()), store, new NearDuplicateDetector(), TimeProvider.System);
        IngestReport report = await run.RunAsync(new IngestRequest { Inputs = [jsonl] }, null, CancellationToken.None);
        if (report.Counts.Added != Documents)
        {
            throw new InvalidOperationException($"added {report.Counts.Added} of {Documents}; failures: {report.Counts.Failed}");
        }

        return report.Counts.Added;
    }

    [Benchmark]
    public async Task<int> StoreOnly()
    {
        await using IStore store = SqliteStore.Open(new SqliteStoreOptions { Path = database });
        int added = 0;
        foreach (NewDocument doc in prepared)
        {
            if (await store.AddDocumentAsync(doc, CancellationToken.None) == AddOutcome.Added)
            {
                added++;
            }
        }

        return added;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>In process (no separate build), pinned to one core; few iterations, each on a fresh database.</summary>
    private sealed class OneCore : ManualConfig
    {
        public OneCore()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithAffinity(1)
                .WithToolchain(InProcessEmitToolchain.Instance));
        }
    }
}
