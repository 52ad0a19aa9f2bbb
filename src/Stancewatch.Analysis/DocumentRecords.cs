using System.Collections.Immutable;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;
using Stancewatch.Nlp;
using Stancewatch.Text;

namespace Stancewatch.Analysis;

/// <summary>
/// What the earlier stages produced for one document, the input of the analysis: the source, its annotation
/// (tokens and sentences at least), resolved actor mentions, events and statements, the government whose voice the
/// publisher carries (an official readout) and the document it near-duplicates, if any.
/// </summary>
public sealed record DocumentRecords
{
    public required SourceDocument Source { get; init; }
    public required AnnotatedDocument Annotated { get; init; }
    public ImmutableArray<ActorMention> Mentions { get; init; } = [];
    public ImmutableArray<Event> Events { get; init; } = [];

    /// <summary>The government an official publisher speaks for (kremlin.ru → RUS); null for independent media.</summary>
    public ActorRef? Voice { get; init; }

    /// <summary>Id of the document this one near-duplicates (the same wire story); its findings count once.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The input path or URL as given by the user (scoring matches files by its name).</summary>
    public string Path => Source.Origin;
}
