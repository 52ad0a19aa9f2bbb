namespace Stancewatch.Nlp.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (ID is 1-based; Head 0 is the root).</summary>
public sealed record ConlluWord(
    int Id,
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    string Feats,
    int Head,
    string Deprel,
    string Misc)
{
    /// <summary>True when MISC says SpaceAfter=No.</summary>
    public bool NoSpaceAfter => Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
