using Stancewatch.Extraction;

namespace Stancewatch.Analysis;

/// <summary>A vote in an international body.</summary>
public sealed record Vote
{
    public required ActorRef Actor { get; init; }
    public required string Resolution { get; init; }
    public required VoteChoice Choice { get; init; }
    public ActorRef? Claimant { get; init; }
    public required Evidence Evidence { get; init; }
}
