using System.Text.RegularExpressions;

namespace Stancewatch.Knowledge.Lexicons;

/// <summary>An international body that votes, recognised by <see cref="Pattern"/> and written as <see cref="Code"/>.</summary>
public sealed record VoteBody(Regex Pattern, string Code);
