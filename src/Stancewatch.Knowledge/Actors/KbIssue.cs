namespace Stancewatch.Knowledge.Actors;

/// <summary>A problem <see cref="ActorRegistryChecker"/> found: its kind ("duplicate-name", "overlapping-roles", "missing-source") and a message.</summary>
public sealed record KbIssue(string Kind, string Message);
