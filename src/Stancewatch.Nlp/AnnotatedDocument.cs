using System.Collections.Immutable;
using Stancewatch.Text;

namespace Stancewatch.Nlp;

/// <summary>
/// A document with its annotation layers stored as columns (one array per token field), in the manner of
/// spaCy's Doc. Immutable: an annotator returns a new document that shares the existing layers and adds one.
/// Heads are absolute token indexes within the document, -1 for a sentence root.
/// </summary>
public sealed class AnnotatedDocument
{
    private AnnotatedDocument(string id, string text)
    {
        Id = id;
        Text = text;
    }

    /// <summary>Document id (the <see cref="SourceDocument.Id"/> it was made from).</summary>
    public string Id { get; }

    /// <summary>The stored text every offset points into.</summary>
    public string Text { get; }

    /// <summary>Layers present.</summary>
    public AnnotationLayers Layers { get; private init; }

    /// <summary>Character offset where each token starts.</summary>
    public ImmutableArray<int> TokenStarts { get; private init; } = [];

    /// <summary>Character offset where each token ends (exclusive).</summary>
    public ImmutableArray<int> TokenEnds { get; private init; } = [];

    /// <summary>
    /// Word forms. Usually the covered text; differs only where the tokenizer or a CoNLL-U input says so
    /// (a multiword token's parts, or normalised forms).
    /// </summary>
    public ImmutableArray<string> Forms { get; private init; } = [];

    /// <summary>
    /// Multiword tokens: true at token i when token i+1 is part of the same orthographic token (e.g. "do" and
    /// "n't" of "don't", "Russia" and "'s" of "Russia's"). Empty when the document has no multiword tokens.
    /// </summary>
    public ImmutableArray<bool> MultiwordContinues { get; private init; } = [];

    /// <summary>True when token <paramref name="index"/> and the next one form one orthographic (multiword) token.</summary>
    public bool ContinuesMultiword(int index) => !MultiwordContinues.IsDefaultOrEmpty && MultiwordContinues[index];

    /// <summary>Token index where each sentence starts; sentence i ends where sentence i+1 starts.</summary>
    public ImmutableArray<int> SentenceStarts { get; private init; } = [];

    public ImmutableArray<string> Upos { get; private init; } = [];
    public ImmutableArray<string> Xpos { get; private init; } = [];
    public ImmutableArray<string> Feats { get; private init; } = [];
    public ImmutableArray<string> Lemmas { get; private init; } = [];
    public ImmutableArray<int> Heads { get; private init; } = [];
    public ImmutableArray<string> Deprels { get; private init; } = [];
    public ImmutableArray<EntityMention> Entities { get; private init; } = [];

    /// <summary>Number of tokens.</summary>
    public int TokenCount => TokenStarts.Length;

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => SentenceStarts.Length;

    /// <summary>True when every layer in <paramref name="layers"/> is present.</summary>
    public bool Has(AnnotationLayers layers) => (Layers & layers) == layers;

    /// <summary>A document with text only.</summary>
    public static AnnotatedDocument FromText(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        return new AnnotatedDocument(id, text);
    }

    /// <summary>Token view.</summary>
    public Token Token(int index) => new(this, index);

    /// <summary>Sentence view.</summary>
    public Sentence Sentence(int index) => new(this, index);

    /// <summary>All sentences in order.</summary>
    public IEnumerable<Sentence> Sentences()
    {
        for (int i = 0; i < SentenceCount; i++)
        {
            yield return new Sentence(this, i);
        }
    }

    /// <summary>Index of the sentence containing token <paramref name="token"/>.</summary>
    public int SentenceOf(int token)
    {
        int i = SentenceStarts.AsSpan().BinarySearch(token);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>Adds the token layer; <paramref name="forms"/> defaults to the covered text.</summary>
    /// <param name="starts">Start offset of each token.</param>
    /// <param name="ends">End offset (exclusive) of each token.</param>
    /// <param name="forms">Word forms; the covered text when null.</param>
    /// <param name="multiwordContinues">See <see cref="MultiwordContinues"/>; none when null.</param>
    public AnnotatedDocument WithTokens(
        ImmutableArray<int> starts,
        ImmutableArray<int> ends,
        ImmutableArray<string>? forms = null,
        ImmutableArray<bool>? multiwordContinues = null)
    {
        if (starts.Length != ends.Length)
        {
            throw new ArgumentException("starts and ends differ in length", nameof(ends));
        }

        if (multiwordContinues is { IsDefaultOrEmpty: false } m && m.Length != starts.Length)
        {
            throw new ArgumentException("multiwordContinues differs in length from starts", nameof(multiwordContinues));
        }

        var f = forms ?? [.. Enumerable.Range(0, starts.Length).Select(i => Text[starts[i]..ends[i]])];
        return new AnnotatedDocument(Id, Text)
        {
            Layers = AnnotationLayers.Tokens,
            TokenStarts = starts,
            TokenEnds = ends,
            Forms = f,
            MultiwordContinues = multiwordContinues is { IsDefault: false } mw ? mw : [],
        };
    }

    /// <summary>Adds the sentence layer (token index of each sentence start, first one 0).</summary>
    public AnnotatedDocument WithSentences(ImmutableArray<int> sentenceStarts) =>
        With(AnnotationLayers.Sentences, d => d with { SentenceStarts = sentenceStarts });

    /// <summary>Adds UPOS, XPOS and morphological features.</summary>
    public AnnotatedDocument WithTags(ImmutableArray<string> upos, ImmutableArray<string> xpos, ImmutableArray<string> feats) =>
        With(AnnotationLayers.Tags, d => d with { Upos = CheckLength(upos), Xpos = CheckLength(xpos), Feats = CheckLength(feats) });

    /// <summary>Adds lemmas.</summary>
    public AnnotatedDocument WithLemmas(ImmutableArray<string> lemmas) =>
        With(AnnotationLayers.Lemmas, d => d with { Lemmas = CheckLength(lemmas) });

    /// <summary>Adds the dependency layer.</summary>
    public AnnotatedDocument WithDependencies(ImmutableArray<int> heads, ImmutableArray<string> deprels) =>
        With(AnnotationLayers.Dependencies, d => d with { Heads = CheckLength(heads), Deprels = CheckLength(deprels) });

    /// <summary>Adds the entity layer.</summary>
    public AnnotatedDocument WithEntities(ImmutableArray<EntityMention> entities) =>
        With(AnnotationLayers.Entities, d => d with { Entities = entities });

    private ImmutableArray<T> CheckLength<T>(ImmutableArray<T> column) =>
        column.Length == TokenCount ? column : throw new ArgumentException($"column has {column.Length} values for {TokenCount} tokens");

    private AnnotatedDocument With(AnnotationLayers layer, Func<Columns, Columns> change)
    {
        var c = change(new Columns(SentenceStarts, Upos, Xpos, Feats, Lemmas, Heads, Deprels, Entities));
        return new AnnotatedDocument(Id, Text)
        {
            Layers = Layers | layer,
            TokenStarts = TokenStarts,
            TokenEnds = TokenEnds,
            Forms = Forms,
            MultiwordContinues = MultiwordContinues,
            SentenceStarts = c.SentenceStarts,
            Upos = c.Upos,
            Xpos = c.Xpos,
            Feats = c.Feats,
            Lemmas = c.Lemmas,
            Heads = c.Heads,
            Deprels = c.Deprels,
            Entities = c.Entities,
        };
    }

    private sealed record Columns(
        ImmutableArray<int> SentenceStarts,
        ImmutableArray<string> Upos,
        ImmutableArray<string> Xpos,
        ImmutableArray<string> Feats,
        ImmutableArray<string> Lemmas,
        ImmutableArray<int> Heads,
        ImmutableArray<string> Deprels,
        ImmutableArray<EntityMention> Entities);
}
