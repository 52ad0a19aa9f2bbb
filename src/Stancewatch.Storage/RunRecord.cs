namespace Stancewatch.Storage;

/// <summary>One recorded run; <see cref="FinishedAt"/> and <see cref="Counts"/> are null for a run that was interrupted.</summary>
public sealed record RunRecord(long Id, string Command, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, RunCounts? Counts);
