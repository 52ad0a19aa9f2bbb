namespace Stancewatch.Extraction;

/// <summary>
/// Where a record comes from: the document, the sentence index, the character offsets of the supporting
/// clause or sentence in the document's stored text, and the whole sentence's text.
/// </summary>
public sealed record Evidence(string Doc, int Sentence, int Start, int End, string Text);
