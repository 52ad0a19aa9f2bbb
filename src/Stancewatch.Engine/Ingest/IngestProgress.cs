namespace Stancewatch.Engine.Ingest;

/// <summary>Progress of a run: inputs done of the total, and the input being read.</summary>
public readonly record struct IngestProgress(int InputsDone, int InputsTotal, string Current);
