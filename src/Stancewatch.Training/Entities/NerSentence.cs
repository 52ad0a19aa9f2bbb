using System.Collections.Immutable;
using Stancewatch.Nlp;

namespace Stancewatch.Training.Entities;

/// <summary>
/// One sentence of named-entity training or gold data: its tokens and the entity mentions over them
/// (token ranges, label PER, ORG or LOC). <see cref="Source"/> names the file and sentence for messages.
/// </summary>
public sealed record NerSentence(string Source, ImmutableArray<string> Forms, ImmutableArray<EntityMention> Entities)
{
    /// <summary>
    /// Token ranges (first, end) whose labels are unknown (weak supervision): in training, any well-formed labelling
    /// inside them counts as gold, and the trainer takes the one its current weights score best. Empty for gold data.
    /// </summary>
    public ImmutableArray<(int First, int End)> OpenRanges { get; init; } = [];

    /// <summary>
    /// True for a sentence labelled by a model rather than by people (weak supervision): it is trained on but kept out
    /// of the gazetteer, whose word statistics its missed names would dilute.
    /// </summary>
    public bool Weak { get; init; }
}
