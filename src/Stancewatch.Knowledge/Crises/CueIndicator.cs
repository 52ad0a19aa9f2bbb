namespace Stancewatch.Knowledge.Crises;

/// <summary>
/// The indicator a cue sets for a country (recognition, sanctions, aid, troops, protests, citizens_fighting ...):
/// <see cref="Value"/> when the cue is asserted, <see cref="Negated"/> when it is negated (null: none).
/// </summary>
public sealed record CueIndicator(string Name, string? Value, string? Negated);
