using System.Collections.Immutable;
using Stancewatch.Extraction;

namespace Stancewatch.Analysis;

/// <summary>Accounts of one interaction that disagree about <see cref="Subject"/>'s position, side by side.</summary>
public sealed record Dispute
{
    public required string Id { get; init; }
    public required ActorRef Subject { get; init; }
    public Interaction? Interaction { get; init; }
    public required ImmutableArray<Account> Accounts { get; init; }
    public string? Note { get; init; }
}
