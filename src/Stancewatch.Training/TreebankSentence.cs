using System.Collections.Immutable;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Training;

/// <summary>One gold sentence of a treebank as columns over its syntactic words; heads are 0-based, -1 for the root.</summary>
public sealed record TreebankSentence(
    ImmutableArray<string> Forms,
    ImmutableArray<string> Lemmas,
    ImmutableArray<string> Upos,
    ImmutableArray<string> Xpos,
    ImmutableArray<string> Feats,
    ImmutableArray<int> Heads,
    ImmutableArray<string> Deprels)
{
    /// <summary>Number of words.</summary>
    public int Count => Forms.Length;

    /// <summary>Converts a CoNLL-U sentence.</summary>
    public static TreebankSentence From(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var w = sentence.Words;
        return new TreebankSentence(
            [.. w.Select(x => x.Form)],
            [.. w.Select(x => x.Lemma)],
            [.. w.Select(x => x.Upos)],
            [.. w.Select(x => x.Xpos)],
            [.. w.Select(x => x.Feats)],
            [.. w.Select(x => x.Head - 1)],
            [.. w.Select(x => x.Deprel)]);
    }
}
