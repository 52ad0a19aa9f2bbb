using BenchmarkDotNet.Running;

namespace Stancewatch.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/Stancewatch.Benchmarks -- --filter '*'</c>,
/// the plain timed ingest: <c>… -- throughput</c>, or the language-pipeline stages: <c>… -- stages</c>.
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        if (args is ["throughput", ..])
        {
            await ThroughputRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3, Console.Out).ConfigureAwait(false);
            return;
        }

        if (args is ["stages", ..])
        {
            StageThroughputRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
