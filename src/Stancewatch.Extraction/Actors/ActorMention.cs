using System.Collections.Immutable;
using Stancewatch.Text;

namespace Stancewatch.Extraction.Actors;

/// <summary>
/// A span of a document resolved to one or more actors (a group mention expands to its members), with the
/// person and role where known, how it was resolved, and a confidence in [0, 1].
/// </summary>
public sealed record ActorMention
{
    /// <summary>The <see cref="Role"/> of an "anti-" adjective: a place-like mention of the country aimed at.</summary>
    public const string OpposedRole = "opposed";

    public required CharRange Range { get; init; }

    /// <summary>Token index of the first token and one past the last.</summary>
    public required int FirstToken { get; init; }

    public required int EndToken { get; init; }

    /// <summary>Token index of the syntactic head of the mention (the token the parse attaches).</summary>
    public required int HeadToken { get; init; }

    public required ImmutableArray<ActorRef> Actors { get; init; }
    public required MentionKind Kind { get; init; }

    /// <summary>The role held at the document's date ("President", "Foreign Minister"), where known.</summary>
    public string? Role { get; init; }

    public double Confidence { get; init; } = 1.0;

    /// <summary>Index of the earlier mention this one corefers with, for pronouns and definite descriptions.</summary>
    public int? Antecedent { get; init; }
}
