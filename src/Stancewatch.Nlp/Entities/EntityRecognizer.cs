using System.Collections.Immutable;

namespace Stancewatch.Nlp.Entities;

/// <summary>
/// Finds named entities (PER, ORG, LOC) sentence by sentence with an averaged-perceptron BILOU sequence model
/// decoded by Viterbi (<see cref="EntityModel"/>). Requires tokens and sentences; uses UPOS tags when the model
/// was trained with them and the document has them.
/// </summary>
public sealed class EntityRecognizer : IAnnotator
{
    /// <summary>Creates the recognizer over a trained model.</summary>
    public EntityRecognizer(EntityModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>The model.</summary>
    public EntityModel Model { get; }

    /// <inheritdoc/>
    public string Name => "ner";

    /// <inheritdoc/>
    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences;

    /// <inheritdoc/>
    public AnnotationLayers Produces => AnnotationLayers.Entities;

    /// <inheritdoc/>
    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(Requires))
        {
            throw new ArgumentException($"document {document.Id} lacks {Requires & ~document.Layers}; the recognizer needs tokens and sentences", nameof(document));
        }

        bool tags = Model.UseTags && document.Has(AnnotationLayers.Tags);
        var sentences = new IReadOnlyList<string>[document.SentenceCount];
        var found = new ImmutableArray<EntityMention>[document.SentenceCount];
        for (int s = 0; s < document.SentenceCount; s++)
        {
            int start = document.SentenceStarts[s];
            int end = s + 1 < document.SentenceCount ? document.SentenceStarts[s + 1] : document.TokenCount;
            sentences[s] = end > start ? [.. document.Forms.AsSpan(start, end - start)] : [];
            IReadOnlyList<string>? upos = tags && end > start ? [.. document.Upos.AsSpan(start, end - start)] : null;
            found[s] = end > start ? Model.Predict(sentences[s], upos) : [];
        }

        var propagated = EntityPropagator.Propagate(sentences, found);
        var entities = ImmutableArray.CreateBuilder<EntityMention>();
        for (int s = 0; s < document.SentenceCount; s++)
        {
            int start = document.SentenceStarts[s];
            foreach (var m in propagated[s])
            {
                entities.Add(m with { FirstToken = m.FirstToken + start, EndToken = m.EndToken + start });
            }
        }

        return document.WithEntities(entities.ToImmutable());
    }
}
