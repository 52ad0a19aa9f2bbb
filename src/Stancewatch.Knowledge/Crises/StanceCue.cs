using System.Text.RegularExpressions;

namespace Stancewatch.Knowledge.Crises;

/// <summary>
/// A word, phrase or act that places a government on the stance scale. <see cref="Stance"/> applies when the
/// cue is asserted and <see cref="Negated"/> when a negator governs it; either may be null (no claim).
/// The highest <see cref="Priority"/> wins among cues for one subject in one sentence.
/// </summary>
public sealed record StanceCue
{
    public required string Id { get; init; }

    /// <summary>The compiled pattern, placeholders expanded, case-insensitive.</summary>
    public required Regex Pattern { get; init; }

    public ScalePosition? Stance { get; init; }
    public ScalePosition? Negated { get; init; }

    /// <summary>statement, act, vote or report.</summary>
    public required string Basis { get; init; }

    public CueIndicator? Indicator { get; init; }
    public int Priority { get; init; }

    /// <summary>True when the cue is an explicit declaration of the government's overall position.</summary>
    public bool Declares { get; init; }

    /// <summary>Line of the cue in its profile file, for messages.</summary>
    public int Line { get; init; }
}
