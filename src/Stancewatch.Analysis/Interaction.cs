using System.Collections.Immutable;

namespace Stancewatch.Analysis;

/// <summary>A call or meeting between parties, identified by event, participants and date.</summary>
public sealed record Interaction(string Event, ImmutableArray<string> Participants, DateOnly? Date);
