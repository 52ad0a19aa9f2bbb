using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Stancewatch.Benchmarks.Tokenization;

/// <summary>Short runs (the machine is shared), memory diagnoser and the tokens/s column.</summary>
public sealed class TokenizationBenchConfig : ManualConfig
{
    public TokenizationBenchConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(8));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new TokensPerSecondColumn());
    }
}
