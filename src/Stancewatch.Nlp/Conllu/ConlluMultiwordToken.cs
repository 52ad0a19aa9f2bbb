namespace Stancewatch.Nlp.Conllu;

/// <summary>A multiword token line (e.g. "3-4  don't") covering words First..Last inclusive.</summary>
public sealed record ConlluMultiwordToken(int First, int Last, string Form, string Misc)
{
    /// <summary>True when MISC says SpaceAfter=No.</summary>
    public bool NoSpaceAfter => Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
