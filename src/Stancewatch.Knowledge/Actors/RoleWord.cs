namespace Stancewatch.Knowledge.Actors;

/// <summary>
/// A word or phrase of the role lexicon: a title that resolves to a <see cref="RoleKind"/> at a date ("foreign
/// minister"), or a noun that gives a sector to the demonym before it ("activists" → CVL). <paramref name="Abroad"/>
/// marks a body that serves in another country ("the embassy in Moscow"): a place after it is not whose it is.
/// <paramref name="Local"/> marks an office of a city or region ("the mayor of Kherson"): the place after "of" says
/// whose government it is.
/// </summary>
public sealed record RoleWord(string Phrase, RoleKind? Role, Sector Sector, bool Plural, string Source, bool Abroad = false, bool Local = false);
