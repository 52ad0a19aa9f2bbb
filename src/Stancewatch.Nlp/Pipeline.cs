using System.Collections.Immutable;

namespace Stancewatch.Nlp;

/// <summary>An ordered, immutable list of annotators; thread-safe. Build it with <see cref="PipelineBuilder"/>.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IAnnotator> annotators) => Annotators = annotators;

    public ImmutableArray<IAnnotator> Annotators { get; }

    /// <summary>Layers the pipeline produces.</summary>
    public AnnotationLayers Produces => Annotators.Aggregate(AnnotationLayers.None, (l, a) => l | a.Produces);

    /// <summary>Runs every annotator in order.</summary>
    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var annotator in Annotators)
        {
            document = annotator.Annotate(document);
        }

        return document;
    }

    /// <summary>Annotates documents in parallel on all cores, keeping input order.</summary>
    public IReadOnlyList<AnnotatedDocument> AnnotateAll(IReadOnlyList<AnnotatedDocument> documents, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new AnnotatedDocument[documents.Count];
        Parallel.For(
            0,
            documents.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount },
            i => results[i] = Annotate(documents[i]));
        return results;
    }
}
