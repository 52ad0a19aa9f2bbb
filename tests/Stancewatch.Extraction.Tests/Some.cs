using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Knowledge.Actors;
using Stancewatch.Nlp;
using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests;

/// <summary>
/// Shared test inputs: the default lexicon and the repository's knowledge base (each loaded once), and extractors over
/// hand-built parses with the fake resolver or the real one.
/// </summary>
internal static class Some
{
    private static readonly Lazy<EventLexicon> LazyLexicon = new(EventLexiconReader.LoadDefault);

    private static readonly Lazy<MentionResolver> LazyResolver = new(() =>
        new MentionResolver(new ActorRegistryLoader().Load(Path.Combine(SharedData.RepositoryRoot, "data", "actors"))));

    public static EventLexicon Lexicon => LazyLexicon.Value;

    /// <summary>A resolver over the repository's curated knowledge base (data/actors).</summary>
    public static MentionResolver Resolver => LazyResolver.Value;

    /// <summary>Extraction with the real knowledge base, at the given publication date.</summary>
    public static DocumentExtraction ExtractWithKnowledgeBase(AnnotatedDocument document, DateOnly published) =>
        new Extractor(Resolver, Lexicon).Extract(document, new ExtractionContext("doc", published, null));

    public static DocumentExtraction Extract(AnnotatedDocument document, DateOnly? published = null, DateOnly? fallback = null) =>
        new Extractor(FakeResolver.Countries(), Lexicon).Extract(document, new ExtractionContext("doc", published, fallback ?? new DateOnly(2022, 2, 24)));

    /// <summary>"TYPE SRC>TGT" with codes joined by '+', for compact assertions.</summary>
    public static string Pair(Event e) => $"{e.Type} {string.Join("+", e.Source.Select(a => a.Code))}>{string.Join("+", e.Target.Select(a => a.Code))}";
}
