using BenchmarkDotNet.Attributes;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Tokenization;

namespace Stancewatch.Benchmarks.Tokenization;

/// <summary>Sentence splitter throughput over the tokenized raw text of UD English EWT dev.</summary>
[Config(typeof(TokenizationBenchConfig))]
public class SentenceSplitterBenchmarks
{
    private IReadOnlyList<AnnotatedDocument> _tokenized = [];
    private IReadOnlyList<AnnotatedDocument> _raw = [];
    private SentenceSplitter _learned = new();
    private SentenceSplitter _rules = new();
    private Pipeline _both = new PipelineBuilder().Build();

    [GlobalSetup]
    public void Setup()
    {
        var lexicon = TokenizationBenchData.Lexicon();
        var tokenizer = new Tokenizer(lexicon);
        _raw = TokenizationBenchData.RawDocuments();
        _tokenized = [.. _raw.Select(tokenizer.Annotate)];
        _learned = SentenceSplitter.Load(Path.Combine(TokenizationBenchData.RepositoryRoot, "models"), lexicon);
        _rules = new SentenceSplitter(lexicon);
        _both = new PipelineBuilder().Add(tokenizer).Add(_learned).Build();
    }

    [Benchmark(Baseline = true, Description = "SentenceSplitter (learned)")]
    public int Learned()
    {
        int n = 0;
        foreach (var d in _tokenized)
        {
            n += _learned.Annotate(d).SentenceCount;
        }

        return n;
    }

    [Benchmark(Description = "SentenceSplitter (rules)")]
    public int Rules()
    {
        int n = 0;
        foreach (var d in _tokenized)
        {
            n += _rules.Annotate(d).SentenceCount;
        }

        return n;
    }

    [Benchmark(Description = "Tokenizer + learned splitter")]
    public int TokenizeAndSplit()
    {
        int n = 0;
        foreach (var d in _raw)
        {
            n += _both.Annotate(d).SentenceCount;
        }

        return n;
    }
}
