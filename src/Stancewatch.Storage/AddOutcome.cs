namespace Stancewatch.Storage;

/// <summary>What <see cref="IStore.AddDocumentAsync"/> did.</summary>
public enum AddOutcome
{
    /// <summary>The document was stored.</summary>
    Added,

    /// <summary>A document with the same id (the same normalised text) was already stored; nothing changed.</summary>
    AlreadyStored,
}
