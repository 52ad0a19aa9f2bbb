using System.Collections.Immutable;

namespace Stancewatch.Extraction.Lexicons;

/// <summary>
/// Imports PETRARCH's CAMEO verb dictionary (../shared/dictionaries/CAMEO.2.0.txt) as verb patterns to widen ours.
/// Each verb block ("--- NAME [code] ---") lists verbs (with an optional code of their own) and patterns
/// "- [subject words] * [object word] [(PREP ...)] [code]". A verb with a code becomes a general pattern; a pattern's
/// first object word becomes the object constraint and its first preposition the target. Synonym sets (&amp;NAME) are
/// expanded. Codes with no PLOVER event (01, 02, "---") are skipped.
/// </summary>
public static class CameoVerbDictionaryReader
{
    /// <summary>Reads the dictionary file.</summary>
    public static ImmutableArray<EventPattern> ReadFile(string path, CameoPloverTable table)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.Latin1);
        return Read(reader, Path.GetFileName(path), table);
    }

    /// <summary>Reads the dictionary text.</summary>
    public static ImmutableArray<EventPattern> Read(TextReader reader, string name, CameoPloverTable table)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(table);
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<EventPattern>();
        string? currentSet = null;
        string? blockCode = null;
        var verbs = new List<(string Lemma, string? Code)>();
        bool inPatterns = false;
        int n = 0;
        string? raw;
        while ((raw = reader.ReadLine()) != null)
        {
            n++;
            string line = StripComment(raw).Trim();
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal))
            {
                inPatterns = true;
                currentSet = null;
                continue;
            }

            if (raw.StartsWith("######## TRANSFORMATIONS", StringComparison.Ordinal))
            {
                break;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (!inPatterns)
            {
                if (line[0] == '&')
                {
                    currentSet = line;
                    synsets[currentSet] = [];
                }
                else if (line[0] == '+' && currentSet != null)
                {
                    synsets[currentSet].Add(Word(line[1..]));
                }

                continue;
            }

            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                blockCode = Code(line);
                verbs.Clear();
                continue;
            }

            if (line[0] == '-')
            {
                var pattern = ParsePattern(line[1..], synsets);
                string? code = Code(line);
                if (code is null || pattern.Objects.Count == 0 && pattern.PrepObject is null)
                {
                    continue;
                }

                foreach (var (lemma, _) in verbs)
                {
                    if (pattern.Objects.Count == 0)
                    {
                        // "* (AS DISASTER)": the preposition is a particle whose object must be the noun.
                        AddPattern(result, table, lemma, code, [pattern.PrepObject!], null, name, n, pattern.Prep);
                    }
                    else
                    {
                        AddPattern(result, table, lemma, code, pattern.Objects, pattern.Prep, name, n);
                    }
                }

                continue;
            }

            if (line[0] == '+' || char.IsLetter(line[0]))
            {
                string word = line[0] == '+' ? line[1..] : line;
                int brace = word.IndexOf('{', StringComparison.Ordinal);
                if (brace >= 0)
                {
                    word = word[..brace];
                }

                string? ownCode = Code(line);
                int bracket = word.IndexOf('[', StringComparison.Ordinal);
                if (bracket >= 0)
                {
                    word = word[..bracket];
                }

                string lemma = Word(word.Trim());
                if (lemma.Contains(' ', StringComparison.Ordinal) || lemma.Length == 0)
                {
                    continue;
                }

                verbs.Add((lemma, ownCode ?? blockCode));
                string? code = ownCode ?? blockCode;
                if (code != null)
                {
                    AddPattern(result, table, lemma, code, [], null, name, n);
                }
            }
        }

        return result.ToImmutable();
    }

    private static void AddPattern(ImmutableArray<EventPattern>.Builder result, CameoPloverTable table, string lemma, string code,
        IReadOnlyList<string> objects, string? prep, string name, int line, string? particle = null)
    {
        var m = table.Map(code);
        if (m is null)
        {
            return;
        }

        result.Add(new EventPattern
        {
            Lemma = lemma,
            Particle = particle,
            Constraint = [.. objects],
            Type = m.Type,
            Cameo = code,
            Mode = m.Mode,
            Context = m.Context,
            Target = prep is null ? ["obj"] : ["obj", prep],
            Origin = $"{name}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        });
    }

    private static (List<string> Objects, string? Prep, string? PrepObject) ParsePattern(string body, Dictionary<string, List<string>> synsets)
    {
        int star = body.IndexOf('*', StringComparison.Ordinal);
        int bracket = body.IndexOf('[', StringComparison.Ordinal);
        if (star < 0)
        {
            return ([], null, null);
        }

        string after = bracket > star ? body[(star + 1)..bracket] : body[(star + 1)..];
        var objects = new List<string>();
        string? prep = null, prepObject = null;
        var tokens = after.Replace("{", " { ", StringComparison.Ordinal).Replace("}", " } ", StringComparison.Ordinal)
            .Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool inParen = false, inBrace = false, tookObject = false;
        foreach (var t in tokens)
        {
            switch (t)
            {
                case "(":
                    inParen = true;
                    continue;
                case ")":
                    inParen = false;
                    continue;
                case "{":
                    inBrace = true;
                    continue;
                case "}":
                    inBrace = false;
                    tookObject = objects.Count > 0;
                    continue;
                case "$" or "+" or "%" or "^":
                    continue;
            }

            if (inParen)
            {
                if (prep is null)
                {
                    prep = Word(t);
                }
                else if (t[0] != '&' && t[0] != '{')
                {
                    prepObject ??= Word(t);
                }

                continue;
            }

            if (tookObject)
            {
                continue;
            }

            if (t[0] == '&')
            {
                if (synsets.TryGetValue(t.TrimEnd('_'), out var members) || synsets.TryGetValue(t, out members))
                {
                    objects.AddRange(members.Where(w => !w.Contains(' ', StringComparison.Ordinal)));
                }

                tookObject = !inBrace;
                continue;
            }

            // In a multi-word object {ARMS SHIPMENT} the head is the last word; keep the last one seen.
            if (inBrace)
            {
                if (objects.Count > 0)
                {
                    objects.RemoveAt(objects.Count - 1);
                }

                objects.Add(Word(t));
            }
            else
            {
                objects.Add(Word(t));
                tookObject = true;
            }
        }

        return (objects, prep, prepObject);
    }

    private static string? Code(string line)
    {
        int close = line.LastIndexOf(']');
        int open = close > 0 ? line.LastIndexOf('[', close) : -1;
        if (open < 0)
        {
            return null;
        }

        string code = line[(open + 1)..close].Trim();
        int colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = code[..colon];
        }

        return code.Length > 0 && code.All(char.IsAsciiDigit) ? code : null;
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    /// <summary>PETRARCH words are upper case with '_' for spaces and a trailing '_' for "no inflection".</summary>
    private static string Word(string w) =>
        w.Trim().TrimEnd('_').Replace('_', ' ').ToLowerInvariant();
}
