using System.Collections.Immutable;

namespace Stancewatch.Extraction.Lexicons;

/// <summary>
/// The CAMEO → PLOVER conversion table (../shared/eval/CAMEO2PLOVER-2021.txt, PLOVER draft 0.8), read at run time.
/// Draft 0.8 names are brought to the names our findings and the PLOVER gold standard use: ACCUSE becomes
/// DISAPPROVE (INVESTIGATE for its "investigate" mode), REQUEST becomes DEMAND, and every code under root 16 is
/// SANCTION (0.8 moved 163 "impose sanctions" to COERCE). Lookup falls back from the full code to its 3- and 2-digit prefixes.
/// </summary>
public sealed class CameoPloverTable
{
    private readonly ImmutableDictionary<string, CameoPloverMapping> _map;

    public CameoPloverTable(ImmutableDictionary<string, CameoPloverMapping> map) => _map = map;

    public int Count => _map.Count;

    /// <summary>Reads the table; lines are "code: NAME, mode, context # comment".</summary>
    /// <exception cref="LexiconFormatException">A line names no known PLOVER event.</exception>
    public static CameoPloverTable Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var map = ImmutableDictionary.CreateBuilder<string, CameoPloverMapping>(StringComparer.Ordinal);
        int n = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            n++;
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || colon <= 0 || !line[..colon].All(char.IsAsciiDigit))
            {
                continue;
            }

            string code = line[..colon];
            string rest = line[(colon + 1)..];
            int hash = rest.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                rest = rest[..hash];
            }

            var f = rest.Split(',').Select(s => s.Trim()).ToArray();
            string mode = f.Length > 1 ? f[1] : "";
            string context = f.Length > 2 ? f[2] : "";
            var type = Normalise(f[0], mode, code) ?? throw LexiconFormatException.At(name, n, "plover", $"'{f[0]}' is not a PLOVER event type");
            map[code] = new CameoPloverMapping(code, type, mode.Length == 0 ? null : mode, context.Length == 0 ? null : context.Replace(';', ','));
        }

        return new CameoPloverTable(map.ToImmutable());
    }

    /// <summary>Reads the table from a file.</summary>
    public static CameoPloverTable ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>The mapping of <paramref name="cameo"/> or of its nearest prefix; null for codes with no PLOVER event (01, 02).</summary>
    public CameoPloverMapping? Map(string? cameo)
    {
        if (string.IsNullOrEmpty(cameo))
        {
            return null;
        }

        for (int len = cameo.Length; len >= 2; len--)
        {
            if (_map.TryGetValue(cameo[..len], out var m))
            {
                return m;
            }
        }

        return null;
    }

    private static PloverEvent? Normalise(string name, string mode, string code)
    {
        if (code.StartsWith("16", StringComparison.Ordinal))
        {
            return PloverEvent.SANCTION;
        }

        return name switch
        {
            "ACCUSE" when mode.StartsWith("investigate", StringComparison.Ordinal) => PloverEvent.INVESTIGATE,
            "ACCUSE" => PloverEvent.DISAPPROVE,
            "REQUEST" => PloverEvent.DEMAND,
            _ => Enum.TryParse<PloverEvent>(name, ignoreCase: false, out var t) ? t : null,
        };
    }
}
