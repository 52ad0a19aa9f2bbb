using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Tokenization;

namespace Stancewatch.Benchmarks.Tokenization;

/// <summary>
/// Benchmark input: the raw text of UD English EWT dev, one document per <c># newdoc</c>, read from ../shared/ud
/// (or STANCEWATCH_SHARED) at run time; the models come from the repository's models/.
/// </summary>
public static class TokenizationBenchData
{
    private static readonly Lazy<string> Repository = new(FindRepository);

    /// <summary>The repository root.</summary>
    public static string RepositoryRoot => Repository.Value;

    /// <summary>The raw-text documents.</summary>
    public static IReadOnlyList<AnnotatedDocument> RawDocuments()
    {
        string shared = Environment.GetEnvironmentVariable("STANCEWATCH_SHARED") is { Length: > 0 } env ? env : Path.Combine(RepositoryRoot, "..", "shared");
        string path = Path.Combine(shared, "ud", "en_ewt-ud-dev.conllu");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: benchmark input not found (set STANCEWATCH_SHARED)", path);
        }

        return [.. ConlluDocumentReader.ToDocuments(ConlluReader.ReadFile(path), "ewt-dev", AnnotationLayers.Tokens | AnnotationLayers.Sentences)
            .Select(d => AnnotatedDocument.FromText(d.Id, d.Text))];
    }

    /// <summary>The learned lexicon.</summary>
    public static TokenizerLexicon Lexicon() => TokenizerLexicon.Load(Path.Combine(RepositoryRoot, "models", TokenizerLexicon.ModelName));

    /// <summary>Tokens our tokenizer finds in <see cref="RawDocuments"/> (the unit of the tokens/s column).</summary>
    public static int TokenCount()
    {
        var tokenizer = new Tokenizer(Lexicon());
        return RawDocuments().Sum(d => tokenizer.Annotate(d).TokenCount);
    }

    private static string FindRepository()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Stancewatch.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Stancewatch.slnx not found above the working directory");
    }
}
