using Stancewatch.Text.Duplicates;

namespace Stancewatch.Storage;

/// <summary>A stored document sharing at least one band key with a new one; confirm on <see cref="Signature"/>.</summary>
/// <param name="Id">Its id.</param>
/// <param name="DuplicateOf">Its own original, when it is itself a near-duplicate.</param>
/// <param name="Signature">Its MinHash signature.</param>
public sealed record NearDuplicateCandidate(string Id, string? DuplicateOf, MinHashSignature Signature);
