using BenchmarkDotNet.Attributes;
using Stancewatch.Nlp;

namespace Stancewatch.Benchmarks;

/// <summary>Parser on 1,000 tagged EWT dev sentences (tokens/s = tokens / mean time).</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private LanguagePipeline _pipeline = null!;
    private AnnotatedDocument _tagged = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = BenchmarkInputs.Pipeline();
        _tagged = _pipeline.Tagger.Annotate(BenchmarkInputs.Tokenized(BenchmarkInputs.DevSentences()));
        Console.WriteLine($"// tokens per operation: {_tagged.TokenCount}");
    }

    [Benchmark]
    public AnnotatedDocument Parse() => _pipeline.Parser.Annotate(_tagged);

    [Benchmark]
    public AnnotatedDocument Lemmatize() => _pipeline.Lemmatizer.Annotate(_tagged);
}
