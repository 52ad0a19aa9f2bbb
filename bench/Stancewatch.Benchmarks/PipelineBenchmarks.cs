using BenchmarkDotNet.Attributes;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Benchmarks;

/// <summary>The whole pipeline (tokenizer to verb agreement) on the raw text of 1,000 EWT dev sentences, one thread.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private LanguagePipeline _pipeline = null!;
    private AnnotatedDocument _raw = null!;
    private AnnotatedDocument _tokenized = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = BenchmarkInputs.Pipeline();
        var sentences = BenchmarkInputs.DevSentences();
        _raw = AnnotatedDocument.FromText("bench", ConlluDocumentReader.RawText(sentences));
        _tokenized = BenchmarkInputs.Tokenized(sentences);
        Console.WriteLine($"// tokens per operation: {_pipeline.Full.Annotate(_raw).TokenCount}");
    }

    [Benchmark]
    public AnnotatedDocument RawText() => _pipeline.Full.Annotate(_raw);

    [Benchmark]
    public AnnotatedDocument GoldTokens() => _pipeline.FromTokens.Annotate(_tokenized);
}
