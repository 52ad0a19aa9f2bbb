using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Crises;

/// <summary>
/// A crisis as data: id, title, period, the parties (who acts, who is acted on), the focal acts, and the cues that
/// place a government on the scale SUPPORT &gt; UNDERSTANDING &gt; NEUTRAL &gt; CONCERN &gt; OPPOSE.
/// Loaded from a YAML file by <see cref="CrisisProfileLoader"/>; nothing about one crisis lives in code.
/// </summary>
public sealed record CrisisProfile
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required CrisisPeriod Period { get; init; }
    public required CrisisParty Acting { get; init; }
    public required CrisisParty ActedOn { get; init; }
    public required ImmutableArray<FocalAct> FocalActs { get; init; }
    public required ImmutableArray<StanceCue> Cues { get; init; }

    /// <summary>The file it was loaded from.</summary>
    public string Source { get; init; } = "";

    /// <summary>True when <paramref name="code"/> is one of the parties (their own stance is not measured).</summary>
    public bool IsParty(string code) => Acting.Codes.Contains(code) || ActedOn.Codes.Contains(code);
}
