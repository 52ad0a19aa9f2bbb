namespace Stancewatch.Nlp;

/// <summary>
/// One step of the language pipeline. Given a document that has <see cref="Requires"/>, returns a new document
/// with <see cref="Produces"/> added. Implementations are immutable and safe to share across threads.
/// </summary>
public interface IAnnotator
{
    /// <summary>Short name used in messages and model cards.</summary>
    string Name { get; }

    AnnotationLayers Requires { get; }

    AnnotationLayers Produces { get; }

    AnnotatedDocument Annotate(AnnotatedDocument document);
}
