using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Tests;

/// <summary>Shared test inputs: the default lexicon (loaded once) and an extractor over hand-built parses.</summary>
internal static class Some
{
    private static readonly Lazy<EventLexicon> LazyLexicon = new(EventLexiconReader.LoadDefault);

    public static EventLexicon Lexicon => LazyLexicon.Value;

    public static DocumentExtraction Extract(AnnotatedDocument document, DateOnly? published = null, DateOnly? fallback = null) =>
        new Extractor(FakeResolver.Countries(), Lexicon).Extract(document, new ExtractionContext("doc", published, fallback ?? new DateOnly(2022, 2, 24)));

    /// <summary>"TYPE SRC>TGT" with codes joined by '+', for compact assertions.</summary>
    public static string Pair(Event e) => $"{e.Type} {string.Join("+", e.Source.Select(a => a.Code))}>{string.Join("+", e.Target.Select(a => a.Code))}";
}
