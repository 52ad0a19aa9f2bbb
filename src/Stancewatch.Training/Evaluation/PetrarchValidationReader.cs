using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Training.Evaluation;

/// <summary>
/// Reads the PETRARCH-2 validation records (../shared/eval/PETR2_GSR_validation.xml). The file is XML-like but not
/// well formed (comment lines, self-closed Sentence elements), so it is read line by line: each
/// <c>&lt;Sentence ... id=... date=...&gt;</c> with its <c>&lt;EventCoding&gt;</c> lines, <c>&lt;Text&gt;</c> and the gold UD
/// <c>&lt;Parse&gt;</c> in CoNLL-U. Records with <c>evaluate="false"</c> are skipped.
/// </summary>
public static partial class PetrarchValidationReader
{
    /// <summary>The records of the file.</summary>
    /// <exception cref="FormatException">A parse is malformed (names the record).</exception>
    public static IReadOnlyList<GoldSentence> ReadFile(string path)
    {
        var lines = File.ReadAllLines(path);
        var result = new List<GoldSentence>();
        string? id = null;
        DateOnly? date = null;
        bool evaluate = true;
        var codings = ImmutableArray.CreateBuilder<GoldEvent>();
        var text = new StringBuilder();
        var parse = new StringBuilder();
        string mode = "";
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            if (trimmed.StartsWith("<Sentence ", StringComparison.Ordinal))
            {
                id = Attr(trimmed, "id");
                evaluate = Attr(trimmed, "evaluate") != "false";
                string? d = Attr(trimmed, "date");
                date = d != null && DateOnly.TryParseExact(d, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dd) ? dd : null;
                codings.Clear();
                text.Clear();
                parse.Clear();
                mode = "";
            }
            else if (trimmed.StartsWith("<EventCoding", StringComparison.Ordinal) && id != null)
            {
                string? code = Attr(trimmed, "eventcode");
                if (code != null)
                {
                    codings.Add(new GoldEvent(code, [Actor(Attr(trimmed, "sourcecode"))], [Actor(Attr(trimmed, "targetcode"))]));
                }
            }
            else if (trimmed == "<Text>")
            {
                mode = "text";
            }
            else if (trimmed == "</Text>")
            {
                mode = "";
            }
            else if (trimmed == "<Parse>")
            {
                mode = "parse";
            }
            else if (trimmed.StartsWith("</Parse>", StringComparison.Ordinal))
            {
                mode = "";
                if (id != null && evaluate)
                {
                    ConlluSentence? sentence;
                    try
                    {
                        sentence = ConlluReader.Read(new StringReader(parse.ToString() + "\n"), $"{path}#{id}").FirstOrDefault();
                    }
                    catch (FormatException e)
                    {
                        throw new FormatException($"{path}: record {id}: {e.Message}", e);
                    }

                    result.Add(new GoldSentence(id, date, Regex.Replace(text.ToString(), @"\s+", " ").Trim(), sentence, codings.ToImmutable()));
                }

                id = null;
            }
            else if (mode == "text")
            {
                text.Append(line).Append(' ');
            }
            else if (mode == "parse" && trimmed.Length > 0)
            {
                parse.Append(string.Join('\t', trimmed.Split('\t'))).Append('\n');
            }
        }

        return result;
    }

    private static GoldActor Actor(string? code) => new("", code ?? "", null);

    private static string? Attr(string line, string name)
    {
        var m = Regex.Match(line, name + "=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : null;
    }
}
