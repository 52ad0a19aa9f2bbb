namespace Stancewatch.Analysis;

/// <summary>What kind of silence: no statement, a readout that leaves the crisis out, or a withdrawn statement.</summary>
public enum SilenceKind
{
    Silence,
    Omission,
    Retraction,
}
