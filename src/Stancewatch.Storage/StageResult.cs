namespace Stancewatch.Storage;

/// <summary>
/// One stage's cached output for one document (e.g. the analysis stage's extraction), as JSON, tagged with the
/// pipeline version that made it so that a changed pipeline can tell stale rows.
/// </summary>
/// <param name="Stage">Stage name, e.g. "extraction".</param>
/// <param name="PipelineVersion">Version of the pipeline that produced it.</param>
/// <param name="Json">The result.</param>
public sealed record StageResult(string Stage, string PipelineVersion, string Json);
