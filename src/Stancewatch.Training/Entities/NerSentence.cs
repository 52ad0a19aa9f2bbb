using System.Collections.Immutable;
using Stancewatch.Nlp;

namespace Stancewatch.Training.Entities;

/// <summary>
/// One sentence of named-entity training or gold data: its tokens and the entity mentions over them
/// (token ranges, label PER, ORG or LOC). <see cref="Source"/> names the file and sentence for messages.
/// </summary>
public sealed record NerSentence(string Source, ImmutableArray<string> Forms, ImmutableArray<EntityMention> Entities);
