using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Benchmarks;

/// <summary>Benchmark inputs: the first 1,000 sentences of EWT dev from ../shared (never copied into the project) and the committed models.</summary>
internal static class BenchmarkInputs
{
    public static string RepositoryRoot()
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

    public static IReadOnlyList<ConlluSentence> DevSentences(int count = 1000)
    {
        string shared = Environment.GetEnvironmentVariable("STANCEWATCH_SHARED") ?? Path.Combine(RepositoryRoot(), "..", "shared");
        return [.. ConlluReader.ReadFile(Path.Combine(shared, "ud", "en_ewt-ud-dev.conllu")).Take(count)];
    }

    public static LanguagePipeline Pipeline() => LanguagePipeline.Load(Path.Combine(RepositoryRoot(), "models"));

    /// <summary>The sentences as one document with gold tokens and sentences.</summary>
    public static AnnotatedDocument Tokenized(IReadOnlyList<ConlluSentence> sentences) =>
        ConlluDocumentReader.ToDocuments(sentences, "bench", AnnotationLayers.Tokens | AnnotationLayers.Sentences) is var docs && docs.Count == 1
            ? docs[0]
            : Merge(sentences);

    private static AnnotatedDocument Merge(IReadOnlyList<ConlluSentence> sentences)
    {
        var stripped = sentences.Select(s => s with { Comments = [.. s.Comments.Where(c => !c.StartsWith("newdoc", StringComparison.Ordinal))] }).ToList();
        return ConlluDocumentReader.ToDocuments(stripped, "bench", AnnotationLayers.Tokens | AnnotationLayers.Sentences)[0];
    }
}
