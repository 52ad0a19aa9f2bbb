namespace Stancewatch.Storage;

/// <summary>The counts of one ingest run.</summary>
/// <param name="Read">Documents read successfully.</param>
/// <param name="Added">Documents newly stored (near-duplicates included).</param>
/// <param name="Duplicates">Documents whose exact text was already stored.</param>
/// <param name="NearDuplicates">Stored documents linked to an original as near-duplicates.</param>
/// <param name="Failed">Inputs or items that could not be read.</param>
public sealed record RunCounts(int Read, int Added, int Duplicates, int NearDuplicates, int Failed);
