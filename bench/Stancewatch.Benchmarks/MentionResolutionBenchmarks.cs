using BenchmarkDotNet.Attributes;
using Stancewatch.Extraction.Actors;
using Stancewatch.Knowledge.Actors;
using Stancewatch.Nlp;

namespace Stancewatch.Benchmarks;

/// <summary>
/// Cost of actor mention resolution per document against the language pipeline that produces its input
/// (<see cref="LanguagePipeline.Full"/>: tokenizer, sentence splitter, tagger, lemmatizer, parser, with the committed
/// models). The resolver runs on the parsed documents, as in <c>analyze</c>, with the curated knowledge base.
/// Inputs: the two seed articles and the dev articles of ../shared/corpus (set STANCEWATCH_SHARED if not beside the repo).
/// </summary>
[MemoryDiagnoser]
public class MentionResolutionBenchmarks
{
    private LanguagePipeline _language = null!;
    private MentionResolver _resolver = null!;
    private string[] _texts = [];
    private AnnotatedDocument[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        string root = RepositoryRoot();
        string shared = Environment.GetEnvironmentVariable("STANCEWATCH_SHARED") ?? Path.Combine(root, "..", "shared");
        string models = Path.Combine(root, "models");
        _language = LanguagePipeline.Load(models);
        _resolver = new MentionResolver(new ActorRegistryLoader().Load(Path.Combine(root, "data", "actors")));
        _texts = [.. Directory.GetFiles(Path.Combine(shared, "corpus", "seeds", "docs"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(shared, "corpus", "dev", "docs"), "*.md"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)];
        _documents = [.. _texts.Select((t, i) => _language.Annotate(i.ToString(System.Globalization.CultureInfo.InvariantCulture), t))];
    }

    /// <summary>The full language pipeline over every document.</summary>
    [Benchmark(Baseline = true)]
    public int FullPipeline()
    {
        int tokens = 0;
        for (int i = 0; i < _texts.Length; i++)
        {
            tokens += _language.Annotate("d", _texts[i]).TokenCount;
        }

        return tokens;
    }

    /// <summary>Mention resolution over every (already parsed) document.</summary>
    [Benchmark]
    public int ResolveMentions()
    {
        int mentions = 0;
        foreach (var d in _documents)
        {
            mentions += _resolver.Resolve(d, new DateOnly(2022, 3, 1)).Length;
        }

        return mentions;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stancewatch.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
