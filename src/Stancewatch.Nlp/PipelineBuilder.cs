using System.Collections.Immutable;

namespace Stancewatch.Nlp;

/// <summary>Collects annotators and checks that each one's required layers are produced earlier.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];

    public PipelineBuilder Add(IAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        _annotators.Add(annotator);
        return this;
    }

    /// <summary>Builds the pipeline.</summary>
    /// <exception cref="InvalidOperationException">An annotator requires a layer no earlier annotator produces.</exception>
    public Pipeline Build() => Build(AnnotationLayers.None);

    /// <summary>Builds a pipeline for documents that already carry <paramref name="inputLayers"/> (e.g. gold tokens and sentences).</summary>
    /// <exception cref="InvalidOperationException">An annotator requires a layer neither the input nor an earlier annotator has.</exception>
    public Pipeline Build(AnnotationLayers inputLayers)
    {
        var available = inputLayers;
        foreach (var annotator in _annotators)
        {
            var missing = annotator.Requires & ~available;
            if (missing != AnnotationLayers.None)
            {
                throw new InvalidOperationException($"annotator '{annotator.Name}' requires {missing}, which no earlier annotator produces");
            }

            available |= annotator.Produces;
        }

        return new Pipeline(_annotators.ToImmutableArray());
    }
}
