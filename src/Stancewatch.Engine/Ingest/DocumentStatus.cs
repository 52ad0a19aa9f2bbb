namespace Stancewatch.Engine.Ingest;

/// <summary>What happened to one document read in a run.</summary>
public enum DocumentStatus
{
    /// <summary>Stored as a new document.</summary>
    Added,

    /// <summary>Stored, and linked to an earlier document as its near-duplicate.</summary>
    NearDuplicate,

    /// <summary>Not stored: its exact text was already stored.</summary>
    Duplicate,
}
