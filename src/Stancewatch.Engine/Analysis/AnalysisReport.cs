using System.Collections.Immutable;
using Stancewatch.Analysis;
using Stancewatch.Engine.Ingest;

namespace Stancewatch.Engine.Analysis;

/// <summary>The outcome of an analysis run: the ingest summary, the analysis, every failure, and notes on stages not run.</summary>
public sealed record AnalysisReport(IngestReport Ingest, AnalysisResult Result, ImmutableArray<StageFailure> Failures, ImmutableArray<string> Notes);
