using BenchmarkDotNet.Attributes;
using Stancewatch.Nlp;

namespace Stancewatch.Benchmarks;

/// <summary>Tagger on 1,000 EWT dev sentences with gold tokens (tokens/s = tokens / mean time).</summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private LanguagePipeline _pipeline = null!;
    private AnnotatedDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = BenchmarkInputs.Pipeline();
        _document = BenchmarkInputs.Tokenized(BenchmarkInputs.DevSentences());
        Console.WriteLine($"// tokens per operation: {_document.TokenCount}");
    }

    [Benchmark]
    public AnnotatedDocument Tag() => _pipeline.Tagger.Annotate(_document);
}
