using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;

namespace Stancewatch.Analysis;

/// <summary>One sentence as the analysis reads it: its text and offsets, paragraph, and the actor mentions inside it.</summary>
public sealed record SentenceView(int Index, int Start, int End, string Text, int Paragraph, ImmutableArray<ActorMention> Mentions)
{
    /// <summary>Offset of a document position inside <see cref="Text"/>.</summary>
    public int Local(int documentOffset) => documentOffset - Start;
}
