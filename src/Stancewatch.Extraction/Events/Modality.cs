namespace Stancewatch.Extraction.Events;

/// <summary>
/// How the text presents an event or statement: negated ("did not", "no", "without", refused), hypothetical
/// (future, modal, conditional, intended or demanded), denied (inside a denial of a report), uncertain (hedged),
/// and whether a future or intention marker makes it an expression of intent (<see cref="Intent"/>).
/// </summary>
public readonly record struct Modality(bool Negated, bool Hypothetical, bool Denied, bool Uncertain, bool Intent, bool Refused, string? Cue);
