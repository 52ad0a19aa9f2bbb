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
        var entities = ImmutableArray.CreateBuilder<EntityMention>();
        for (int s = 0; s < document.SentenceCount; s++)
        {
            int start = document.SentenceStarts[s];
            int end = s + 1 < document.SentenceCount ? document.SentenceStarts[s + 1] : document.TokenCount;
            if (end <= start)
            {
                continue;
            }

            var forms = new ArraySegment<string>([.. document.Forms.AsSpan(start, end - start)]);
            IReadOnlyList<string>? upos = tags ? [.. document.Upos.AsSpan(start, end - start)] : null;
            foreach (var m in Model.Predict(forms, upos))
            {
                entities.Add(m with { FirstToken = m.FirstToken + start, EndToken = m.EndToken + start });
            }
        }

        return document.WithEntities(entities.ToImmutable());
    }
}
