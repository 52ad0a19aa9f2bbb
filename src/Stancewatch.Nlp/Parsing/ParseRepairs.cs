using System.Collections.Immutable;

namespace Stancewatch.Nlp.Parsing;

/// <summary>
/// The repairs that run after the parser, in order: <see cref="SubordinateClauseRepair"/>, then
/// <see cref="ArgumentAttachmentRepair"/> (which reads the tags the first one corrects). Every place that parses, or
/// reads another parser's trees, runs them from here, so a new repair is added once.
/// </summary>
public static class ParseRepairs
{
    /// <summary>The repairs as annotators, in the order they run.</summary>
    public static ImmutableArray<IAnnotator> Annotators { get; } = [new SubordinateClauseRepair(), new ArgumentAttachmentRepair()];

    /// <summary>Runs every repair on <paramref name="document"/>.</summary>
    public static AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        foreach (var repair in Annotators)
        {
            document = repair.Annotate(document);
        }

        return document;
    }

    /// <summary>
    /// Runs every repair on the sentence [first, end) in place (heads are absolute indexes, -1 for the root) and
    /// tells whether anything changed.
    /// </summary>
    public static bool Apply(IReadOnlyList<string> forms, string[] upos, IReadOnlyList<string> xpos, int[] heads, string[] deprels, int first, int end)
    {
        bool clauses = SubordinateClauseRepair.Apply(forms, upos, xpos, heads, deprels, first, end);
        bool arguments = ArgumentAttachmentRepair.Apply(forms, upos, heads, deprels, first, end);
        return clauses || arguments;
    }
}
