using System.Collections.Frozen;

namespace Stancewatch.Analysis;

/// <summary>Classifies actor codes: ISO 3166-1 alpha-3 governments, organisations, and MEDIA.</summary>
public static class ActorCodes
{
    private static readonly FrozenSet<string> Organisations = new[]
    {
        "UN", "EU", "NATO", "CSTO", "EAEU", "OSCE", "CIS", "SCO", "OTS", "AU", "ECOWAS", "ASEAN", "OIC", "GCC", "IGO", "COE", "ICC", "IMF", "WTO", "OAS", "PACE", "ICJ",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a three-letter upper-case code (a state's government).</summary>
    public static bool IsGovernment(string code) =>
        code.Length == 3 && code.All(c => c is >= 'A' and <= 'Z') && !Organisations.Contains(code);

    /// <summary>True for a government or a known intergovernmental organisation.</summary>
    public static bool IsGovernmentOrOrganisation(string code) => IsGovernment(code) || Organisations.Contains(code);
}
