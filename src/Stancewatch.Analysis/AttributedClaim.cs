using Stancewatch.Extraction;

namespace Stancewatch.Analysis;

/// <summary>A claim with what the profile needs to weigh it: the cue, whether it declares an overall position, its document's order.</summary>
public sealed record AttributedClaim(Claim Claim, string CueId, bool Declares, int Paragraph);
