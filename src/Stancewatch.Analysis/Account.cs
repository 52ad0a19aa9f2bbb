using Stancewatch.Extraction;

namespace Stancewatch.Analysis;

/// <summary>One side's account in a dispute; a null stance means the account says nothing on it (an omission).</summary>
public sealed record Account(ActorRef Claimant, Stance? Stance, Evidence Evidence);
