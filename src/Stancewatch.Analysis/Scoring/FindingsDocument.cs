using System.Collections.Immutable;

namespace Stancewatch.Analysis.Scoring;

/// <summary>The findings of one document, named by its file name (matched against the export's document paths).</summary>
public sealed record FindingsDocument(string File, ImmutableArray<GoldFinding> Findings);
