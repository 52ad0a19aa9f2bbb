namespace Stancewatch.Knowledge.Actors;

/// <summary>
/// One name of the lexicon: the text as written in the data, what it names (<see cref="Target"/> is an ISO
/// alpha-3 code, an organisation code, a person id, a medium id or a body id) and the sector it implies.
/// </summary>
public sealed record NameEntry(string Text, EntryKind Kind, string Target, Sector Sector, bool CaseSensitive, string Source);
