using Stancewatch.Extraction;

namespace Stancewatch.Analysis;

/// <summary>One observation of a country indicator (recognition: refused, troops: refused ...) with its evidence.</summary>
public sealed record IndicatorObservation(string Actor, string Name, string Value, DateOnly? Date, Evidence Evidence);
