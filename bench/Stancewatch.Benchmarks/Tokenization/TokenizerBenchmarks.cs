using BenchmarkDotNet.Attributes;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Tokenization;

namespace Stancewatch.Benchmarks.Tokenization;

/// <summary>Tokenizer throughput over the raw text of UD English EWT dev (one operation = every document once).</summary>
[Config(typeof(TokenizationBenchConfig))]
public class TokenizerBenchmarks
{
    private IReadOnlyList<AnnotatedDocument> _documents = [];
    private Tokenizer _learned = new();
    private Tokenizer _rules = new();

    [GlobalSetup]
    public void Setup()
    {
        _documents = TokenizationBenchData.RawDocuments();
        _learned = new Tokenizer(TokenizationBenchData.Lexicon());
        _rules = new Tokenizer();
    }

    [Benchmark(Baseline = true, Description = "Tokenizer (learned lexicon)")]
    public int Learned()
    {
        int n = 0;
        foreach (var d in _documents)
        {
            n += _learned.Annotate(d).TokenCount;
        }

        return n;
    }

    [Benchmark(Description = "Tokenizer (default lists)")]
    public int Rules()
    {
        int n = 0;
        foreach (var d in _documents)
        {
            n += _rules.Annotate(d).TokenCount;
        }

        return n;
    }
}
