using System.Collections.Immutable;

namespace Stancewatch.Analysis.Scoring;

/// <summary>A gold findings file: the topic and, per document, what an analyst reads out of it.</summary>
public sealed record FindingsFile(string? Topic, ImmutableArray<FindingsDocument> Documents);
