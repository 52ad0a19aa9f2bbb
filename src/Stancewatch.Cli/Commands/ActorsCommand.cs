using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Stancewatch.Extraction.Actors;
using Stancewatch.Nlp;
using Stancewatch.Text;

namespace Stancewatch.Cli.Commands;

/// <summary>
/// <c>stancewatch actors &lt;inputs&gt;</c>: tokenizes each input (plain text, or Markdown with front matter whose
/// <c>published</c> date is the document's date) and prints a table of its resolved actor mentions.
/// </summary>
public static class ActorsCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Builds the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var inputs = new Argument<FileInfo[]>("inputs") { Description = "Text or Markdown files, or folders of them (*.txt, *.md).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the mentions as JSON." };
        var date = new Option<string?>("--date") { Description = "Resolve roles at this date (YYYY-MM-DD) instead of the document's published date." };
        var kb = new Option<DirectoryInfo?>("--kb") { Description = "Knowledge-base directory (default: the repository's data/actors)." };
        var noPhoenix = new Option<bool>("--no-phoenix") { Description = "Do not widen the knowledge base with the Phoenix dictionaries of ../shared." };
        var models = new Option<DirectoryInfo?>("--models") { Description = "Model directory (default: the repository's models/)." };
        var command = new Command("actors", "Resolve the actor mentions of each document (names, roles at the date, metonyms, groups, coreference).\nExample: stancewatch actors ../shared/corpus/seeds/docs/*.txt --date 2022-03-01");
        command.Arguments.Add(inputs);
        command.Options.Add(json);
        command.Options.Add(date);
        command.Options.Add(kb);
        command.Options.Add(noPhoenix);
        command.Options.Add(models);
        command.SetAction(r =>
        {
            if (!KbCommand.TryDate(terminal, r.GetValue(date), out var forced))
            {
                return ExitCodes.Usage;
            }

            var registry = ActorKnowledge.Load(r.GetValue(kb), !r.GetValue(noPhoenix), out _);
            terminal.Out.Profile.Width = Math.Max(terminal.Out.Profile.Width, 220);
            var resolver = new MentionResolver(registry);
            // The language pipeline of analysis: the resolver reads tags and the parse ("in Moscow" is a place).
            var pipeline = ExtractionSetup.LanguagePipeline(r.GetValue(models));
            int failed = 0;
            var all = new List<object>();
            foreach (var file in Expand(r.GetValue(inputs)!))
            {
                string text;
                try
                {
                    text = File.ReadAllText(file.FullName, new UTF8Encoding(false, true));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
                {
                    terminal.Problem(file.ToString(), "cannot read: " + e.Message);
                    failed++;
                    continue;
                }

                var (body, published, problem) = SplitFrontMatter(text);
                if (problem is not null)
                {
                    terminal.Warning(file.ToString(), problem);
                }

                var doc = pipeline.Annotate(AnnotatedDocument.FromText(DocumentId.FromText(body), body));
                var when = forced ?? published;
                var mentions = resolver.Resolve(doc, when);
                if (r.GetValue(json))
                {
                    all.Add(new { file = file.Name, date = when?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), mentions = mentions.Select(m => new
                    {
                        start = m.Range.Start,
                        end = m.Range.End,
                        text = m.Range.Slice(body),
                        kind = m.Kind.ToString(),
                        head = doc.Forms[m.HeadToken],
                        actors = m.Actors,
                        role = m.Role,
                        confidence = m.Confidence,
                        antecedent = m.Antecedent,
                    }) });
                    continue;
                }

                var table = new Table().Title(Markup.Escape($"{file.Name} (date {when?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown: current roles"})"))
                    .AddColumns("#", "chars", "text", "kind", "actor", "sector", "person/body", "role", "conf");
                int n = 0;
                foreach (var m in mentions)
                {
                    table.AddRow(
                        (n++).ToString(CultureInfo.InvariantCulture),
                        $"{m.Range.Start}-{m.Range.End}",
                        Markup.Escape(m.Range.Slice(body)),
                        m.Kind + (m.Antecedent is { } a ? "→" + a.ToString(CultureInfo.InvariantCulture) : ""),
                        string.Join(",", m.Actors.Select(x => x.Code)),
                        string.Join(",", m.Actors.Select(x => x.Sector ?? "-").Distinct()),
                        Markup.Escape(string.Join(", ", m.Actors.Select(x => x.Name).Where(x => x is not null).Distinct().Take(3))),
                        Markup.Escape(m.Role ?? ""),
                        m.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
                }

                terminal.Out.Write(table);
            }

            if (r.GetValue(json))
            {
                terminal.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(all, JsonOptions));
            }

            return failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
        });
        return command;
    }

    // A folder stands for its .txt and .md files, in name order.
    private static IEnumerable<FileInfo> Expand(IEnumerable<FileInfo> inputs)
    {
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input.FullName))
            {
                yield return input;
                continue;
            }

            var folder = new DirectoryInfo(input.FullName);
            foreach (var file in folder.EnumerateFiles("*.txt").Concat(folder.EnumerateFiles("*.md")).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                yield return file;
            }
        }
    }

    private static (string Body, DateOnly? Published, string? Problem) SplitFrontMatter(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return (text, null, null);
        }

        int close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            return (text, null, "front matter is not closed by '---'; read as plain text");
        }

        string header = text[3..close];
        int bodyStart = text.IndexOf('\n', close + 4);
        string body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        foreach (var line in header.Split('\n'))
        {
            var l = line.Trim();
            if (l.StartsWith("published:", StringComparison.Ordinal))
            {
                var v = l["published:".Length..].Trim().Trim('"');
                if (v.Length == 0)
                {
                    return (body, null, "front matter has an empty 'published' (roles resolved at the latest known date)");
                }

                return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? (body, d, null)
                    : (body, null, $"front matter 'published' is '{v}', not YYYY-MM-DD");
            }
        }

        return (body, null, "front matter has no 'published' date");
    }
}
