namespace Stancewatch.Extraction;

/// <summary>A claim that <see cref="Subject"/>'s government holds <see cref="Stance"/> toward the crisis, asserted by <see cref="Claimant"/>.</summary>
public sealed record Claim
{
    public required string Id { get; init; }
    public required ActorRef Subject { get; init; }
    public required ActorRef Claimant { get; init; }
    public required Stance Stance { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>statement, quote, act, vote, report.</summary>
    public string? Basis { get; init; }

    /// <summary>Why the cue decision was taken (the cue and its modifiers), for the report.</summary>
    public string? Reason { get; init; }

    public bool Uncertain { get; init; }
    public required Evidence Evidence { get; init; }
}
