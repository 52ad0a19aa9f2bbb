using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Entities;
using Stancewatch.Training.Entities;

namespace Stancewatch.Benchmarks;

/// <summary>
/// Named-entity recognition throughput on the gold tokens of 1,000 Universal NER EWT test sentences with the
/// committed models/ner (tokens/s = tokens / mean time). Needs ../shared and a trained model.
/// </summary>
[MemoryDiagnoser]
public class EntityRecognizerBenchmarks
{
    private EntityRecognizer _recognizer = null!;
    private AnnotatedDocument _document = null!;

    /// <summary>Tokens in the benchmark document (divide by the mean time for tokens/s).</summary>
    public int Tokens => _document.TokenCount;

    [GlobalSetup]
    public void Setup()
    {
        string root = FindRoot();
        string shared = Environment.GetEnvironmentVariable("STANCEWATCH_SHARED") ?? Path.Combine(root, "..", "shared");
        _recognizer = new EntityRecognizer(EntityModelFormat.Load(Path.Combine(root, "models", "ner")).Model);
        var sentences = Iob2Reader.ReadFile(Path.Combine(shared, "ner", "uner_en_ewt-test.iob2")).Take(1000).ToList();
        var starts = ImmutableArray.CreateBuilder<int>();
        var ends = ImmutableArray.CreateBuilder<int>();
        var sentenceStarts = ImmutableArray.CreateBuilder<int>();
        var text = new System.Text.StringBuilder();
        foreach (var s in sentences)
        {
            sentenceStarts.Add(starts.Count);
            foreach (var f in s.Forms)
            {
                starts.Add(text.Length);
                text.Append(f);
                ends.Add(text.Length);
                text.Append(' ');
            }
        }

        _document = AnnotatedDocument.FromText("bench", text.ToString())
            .WithTokens(starts.ToImmutable(), ends.ToImmutable())
            .WithSentences(sentenceStarts.ToImmutable());
        Console.WriteLine($"// NER benchmark: {sentences.Count} sentences, {_document.TokenCount} tokens");
    }

    [Benchmark(Description = "NER, 1,000 UNER test sentences")]
    public int Recognize() => _recognizer.Annotate(_document).Entities.Length;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stancewatch.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find Stancewatch.slnx above " + AppContext.BaseDirectory);
    }
}
