namespace Stancewatch.Knowledge.Crises;

/// <summary>The terms of a party or focal act as one regular-expression alternation, longest first.</summary>
public static class CrisisTerms
{
    public static string Alternation(IEnumerable<string> terms) =>
        "(?:" + string.Join("|", terms.OrderByDescending(t => t.Length)) + ")";
}
