namespace Stancewatch.Storage;

/// <summary>One stored failure of a run: the input (with line or item) and the reason.</summary>
public sealed record FailureRecord(long RunId, string Input, string Reason, DateTimeOffset At);
