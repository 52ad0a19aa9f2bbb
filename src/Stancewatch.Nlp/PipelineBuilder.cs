using System.Collections.Immutable;

namespace Stancewatch.Nlp;

/// <summary>Collects annotators and checks that each one's required layers are produced earlier.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];
    private readonly AnnotationLayers _provided;

    /// <summary>A builder for a pipeline that starts from text only.</summary>
    public PipelineBuilder()
        : this(AnnotationLayers.None)
    {
    }

    /// <summary>A builder for a pipeline whose input documents already carry <paramref name="provided"/> (e.g. tokens and sentences from CoNLL-U).</summary>
    public PipelineBuilder(AnnotationLayers provided) => _provided = provided;

    public PipelineBuilder Add(IAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        _annotators.Add(annotator);
        return this;
    }

    /// <summary>Appends <paramref name="annotators"/> in order.</summary>
    public PipelineBuilder AddRange(IEnumerable<IAnnotator> annotators)
    {
        ArgumentNullException.ThrowIfNull(annotators);
        foreach (var annotator in annotators)
        {
            Add(annotator);
        }

        return this;
    }

    /// <summary>Builds the pipeline.</summary>
    /// <exception cref="InvalidOperationException">An annotator requires a layer no earlier annotator produces.</exception>
    public Pipeline Build()
    {
        var available = _provided;
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
