namespace Stancewatch.Extraction.Dates;

/// <summary>
/// A date expression in the text: tokens [FirstToken, EndToken), the token the parse attaches it by, the date it
/// resolves to, and whether it was relative ("a day earlier", "on Monday") rather than absolute ("February 26").
/// </summary>
public readonly record struct DateMention(int FirstToken, int EndToken, int HeadToken, DateOnly Date, bool Relative);
