using System.Collections.Immutable;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Actors;

/// <summary>Finds and resolves every actor mention of a document at the document's date.</summary>
public interface IMentionResolver
{
    /// <summary>Mentions in text order; the document needs tokens and sentences (tags, dependencies and entities help).</summary>
    ImmutableArray<ActorMention> Resolve(AnnotatedDocument document, DateOnly? documentDate);
}
