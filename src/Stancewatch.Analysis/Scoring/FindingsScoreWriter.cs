using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stancewatch.Analysis.Scoring;

/// <summary>
/// Formats a <see cref="FindingsScore"/> character for character as score_findings.py prints it: the table,
/// the <c>--json</c> table (Python's <c>json.dumps(table, indent=1)</c>) and the <c>--misses</c> lines.
/// </summary>
public sealed class FindingsScoreWriter
{
    /// <summary>The table: a header line and one line per kind and for "all", each ending in a newline.</summary>
    public string Table(FindingsScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{"kind",-11}{"gold",6}{"found",7}{"pred",6}{"correct",8}  recall precision    f1\n");
        foreach (var r in score.Rows)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"{r.Kind,-11}{r.Gold,6}{r.Found,7}{r.Predicted,6}{r.Correct,8}  {Fixed(r.Recall)}  {Fixed(r.Precision)}  {Fixed(r.F1)}\n");
        }

        return sb.ToString();
    }

    /// <summary>One "missed FILE: {...}" line per miss: the finding's fields without evidence* and note, in file order.</summary>
    public string Misses(FindingsScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var sb = new StringBuilder();
        foreach (var miss in score.Misses)
        {
            var fields = miss.Finding.Fields
                .Where(f => !f.Key.StartsWith("evidence", StringComparison.Ordinal) && !string.Equals(f.Key, "note", StringComparison.Ordinal))
                .Select(f => PythonJson.String(f.Key) + ": " + PythonJson.Value(f.Value));
            sb.Append("missed ").Append(miss.File).Append(": {").AppendJoin(", ", fields).Append("}\n");
        }

        return sb.ToString();
    }

    /// <summary>The table as JSON, keyed by kind, indented by one space as the script's <c>--json</c> prints it.</summary>
    public string Json(FindingsScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var sb = new StringBuilder("{\n");
        var rows = score.Rows.ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            sb.Append(' ').Append(PythonJson.String(r.Kind)).Append(": {\n");
            sb.Append("  \"gold\": ").Append(r.Gold.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            sb.Append("  \"found\": ").Append(r.Found.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            sb.Append("  \"predicted\": ").Append(r.Predicted.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            sb.Append("  \"correct\": ").Append(r.Correct.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            sb.Append("  \"recall\": ").Append(PythonJson.Number(r.Recall)).Append(",\n");
            sb.Append("  \"precision\": ").Append(PythonJson.Number(r.Precision)).Append(",\n");
            sb.Append("  \"f1\": ").Append(PythonJson.Number(r.F1)).Append("\n }");
            sb.Append(i < rows.Count - 1 ? ",\n" : "\n");
        }

        return sb.Append("}\n").ToString();
    }

    private static string Fixed(double? x) => x is { } v ? v.ToString("F3", CultureInfo.InvariantCulture).PadLeft(6) : "   -  ";

    /// <summary>Python's json.dumps spellings (ensure_ascii=False) for the values a findings file holds.</summary>
    private static class PythonJson
    {
        public static string Number(double? x)
        {
            if (x is not { } v)
            {
                return "null";
            }

            // repr(float): the shortest round-trip digits, always with a '.' or an exponent ('1.0', '1e-05').
            string s = v.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');
            return s.Contains('.', StringComparison.Ordinal) || s.Contains('e', StringComparison.Ordinal) ? s : s + ".0";
        }

        public static string String(string s)
        {
            var sb = new StringBuilder("\"");
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\b': sb.Append("\\b"); break;
                    case '\f': sb.Append("\\f"); break;
                    default:
                        if (c < 0x20)
                        {
                            sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            return sb.Append('"').ToString();
        }

        public static string Value(JsonNode? node) => node switch
        {
            null => "null",
            JsonArray a => "[" + string.Join(", ", a.Select(Value)) + "]",
            JsonObject o => "{" + string.Join(", ", o.Select(p => String(p.Key) + ": " + Value(p.Value))) + "}",
            JsonValue v => v.GetValueKind() switch
            {
                JsonValueKind.String => String(v.GetValue<string>()),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number when v.TryGetValue(out long l) => l.ToString(CultureInfo.InvariantCulture),
                JsonValueKind.Number => Number(v.GetValue<double>()),
                _ => "null",
            },
            _ => "null",
        };
    }
}
