namespace Stancewatch.Nlp;

/// <summary>The layers an <see cref="AnnotatedDocument"/> can carry; annotators declare which they need and add.</summary>
[Flags]
public enum AnnotationLayers
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    Tags = 4,
    Lemmas = 8,
    Dependencies = 16,
    Entities = 32,
}
