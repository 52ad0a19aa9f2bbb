using System.Diagnostics;
using System.Globalization;
using Stancewatch.Engine.Ingest;
using Stancewatch.Storage;
using Stancewatch.Storage.Sqlite;
using Stancewatch.Text.Duplicates;
using Stancewatch.Text.Reading;

namespace Stancewatch.Benchmarks;

/// <summary>
/// A plain timed ingest of 10,000 synthetic documents into a fresh SQLite file, reporting documents per second
/// by wall clock and by this process's CPU time (the CPU figure is what one core achieves when the machine is
/// shared): <c>dotnet run -c Release --project bench/Stancewatch.Benchmarks -- throughput</c>.
/// </summary>
public static class ThroughputRun
{
    /// <summary>Runs <paramref name="repetitions"/> ingests and prints one line each.</summary>
    public static async Task RunAsync(int repetitions, TextWriter output)
    {
        string folder = Path.Combine(Path.GetTempPath(), "stancewatch-throughput-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string jsonl = Path.Combine(folder, "docs.jsonl");
            SyntheticDocuments.WriteJsonLines(jsonl, IngestionBenchmarks.Documents);
            output.WriteLine($"documents per run: {IngestionBenchmarks.Documents}, input {new FileInfo(jsonl).Length / 1024 / 1024.0:0.0} MB JSON Lines, processors {Environment.ProcessorCount}");
            for (int i = 0; i <= repetitions; i++)
            {
                string db = Path.Combine(folder, i.ToString(CultureInfo.InvariantCulture) + ".db");
                TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                await using (IStore store = SqliteStore.Open(new SqliteStoreOptions { Path = db }))
                {
                    var run = new IngestRun(InputReader.CreateDefault(null, new InputReaderOptions()), store, new NearDuplicateDetector(), TimeProvider.System);
                    IngestReport report = await run.RunAsync(new IngestRequest { Inputs = [jsonl] }, null, CancellationToken.None).ConfigureAwait(false);
                    if (report.Counts.Added != IngestionBenchmarks.Documents)
                    {
                        throw new InvalidOperationException($"added {report.Counts.Added}");
                    }
                }

                wall.Stop();
                double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
                string label = i == 0 ? "warm-up" : "run " + i.ToString(CultureInfo.InvariantCulture);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: wall {wall.Elapsed.TotalSeconds:0.00} s = {IngestionBenchmarks.Documents / wall.Elapsed.TotalSeconds:0} docs/s; CPU {cpu:0.00} s = {IngestionBenchmarks.Documents / cpu:0} docs/s per core"));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
