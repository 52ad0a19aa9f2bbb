using Stancewatch.Extraction;

namespace Stancewatch.Analysis;

/// <summary>A government that said nothing (or withdrew what it said). Inferred silences have no evidence sentence.</summary>
public sealed record Silence
{
    public required ActorRef Actor { get; init; }
    public required ActorRef Claimant { get; init; }
    public SilenceKind Kind { get; init; }
    public bool Inferred { get; init; }
    public DateOnly? Date { get; init; }
    public Evidence? Evidence { get; init; }
}
