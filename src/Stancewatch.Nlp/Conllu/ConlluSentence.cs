using System.Collections.Immutable;

namespace Stancewatch.Nlp.Conllu;

/// <summary>One sentence of a CoNLL-U file: comments, words (empty nodes dropped) and multiword tokens.</summary>
public sealed record ConlluSentence(
    string? SentId,
    string? Text,
    ImmutableArray<string> Comments,
    ImmutableArray<ConlluWord> Words,
    ImmutableArray<ConlluMultiwordToken> MultiwordTokens)
{
    /// <summary>True when a new document starts at this sentence (# newdoc).</summary>
    public bool StartsDocument => Comments.Any(c => c.StartsWith("newdoc", StringComparison.Ordinal));

    /// <summary>True when a new paragraph starts at this sentence (# newpar).</summary>
    public bool StartsParagraph => Comments.Any(c => c.StartsWith("newpar", StringComparison.Ordinal));
}
