namespace Stancewatch.Text.Dates;

/// <summary>A complete calendar date (day, month and year) written in a text, with where it was written.</summary>
/// <param name="Date">The date.</param>
/// <param name="Range">Where in the text.</param>
public readonly record struct DateMention(DateOnly Date, CharRange Range);
