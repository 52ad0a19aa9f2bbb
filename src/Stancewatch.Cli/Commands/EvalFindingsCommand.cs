using System.CommandLine;
using System.Text.Json;
using Stancewatch.Analysis;
using Stancewatch.Analysis.Export;
using Stancewatch.Analysis.Scoring;

namespace Stancewatch.Cli.Commands;

/// <summary>
/// <c>stancewatch eval findings</c>: scores an analysis export against a findings file (../shared/corpus/ANNOTATION.md)
/// by exactly the rules of ../shared/tools/score_findings.py, and prints what that script prints: the table per kind
/// and overall, <c>--json</c> for the table as JSON, <c>--misses</c> for the gold findings nothing matched.
/// </summary>
public static class EvalFindingsCommand
{
    /// <summary>Builds the command; <paramref name="terminal"/> defaults to the process's stdout and stderr.</summary>
    public static Command Create(Terminal? terminal = null)
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Findings file (e.g. ../shared/corpus/seeds/expected.json).", Required = true, HelpName = "file" };
        var analysis = new Option<FileInfo?>("--analysis") { Description = "Analysis export to score (what 'analyze --json' writes).", HelpName = "file.json" };
        var docs = new Option<DirectoryInfo?>("--docs") { Description = "Without --analysis: analyse this folder first (as 'analyze DIR --json', in a temporary database) and score that.", HelpName = "dir" };
        var json = new Option<bool>("--json") { Description = "Print the table as JSON (as score_findings.py --json does)." };
        var misses = new Option<bool>("--misses") { Description = "List the gold findings that no record matched." };
        var command = new Command(
            "findings",
            "Score an analysis against a findings file with the rules of score_findings.py: per kind (event, stance, silence, retraction, dispute, vote) and overall recall, precision and F1.\n"
            + "Examples: stancewatch eval findings --gold ../shared/corpus/seeds/expected.json --docs ../shared/corpus/seeds/docs\n"
            + "          stancewatch eval findings --gold ../shared/corpus/seeds/expected.json --analysis out.json --misses");
        command.Options.Add(gold);
        command.Options.Add(analysis);
        command.Options.Add(docs);
        command.Options.Add(json);
        command.Options.Add(misses);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            terminal ?? Terminal.FromProcess(),
            parseResult.GetValue(gold)!,
            parseResult.GetValue(analysis),
            parseResult.GetValue(docs),
            parseResult.GetValue(json),
            parseResult.GetValue(misses),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Terminal terminal, FileInfo goldFile, FileInfo? analysisFile, DirectoryInfo? docs, bool json, bool misses, CancellationToken cancellationToken)
    {
        if (!goldFile.Exists)
        {
            terminal.Problem(goldFile.ToString(), "findings file not found");
            return ExitCodes.Usage;
        }

        if (analysisFile is null && docs is null)
        {
            terminal.Problem("eval findings", "give --analysis FILE.json (an export written by 'analyze --json') or --docs DIR (analysed first)");
            return ExitCodes.Usage;
        }

        if (analysisFile is null)
        {
            if (!docs!.Exists)
            {
                terminal.Problem(docs.ToString(), "documents folder not found");
                return ExitCodes.Usage;
            }

            string scratch = Path.Combine(Path.GetTempPath(), "stancewatch-eval-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(scratch);
            try
            {
                string export = Path.Combine(scratch, "analysis.json");
                int analyzed = await AnalyzeAsync(terminal, docs, export, Path.Combine(scratch, "eval.db"), cancellationToken).ConfigureAwait(false);
                if (analyzed != ExitCodes.Success || !File.Exists(export))
                {
                    terminal.Problem(docs.ToString(), "the analysis did not produce an export; nothing to score");
                    return analyzed != ExitCodes.Success ? analyzed : ExitCodes.InputFailed;
                }

                return Score(terminal, goldFile, new FileInfo(export), json, misses);
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        return Score(terminal, goldFile, analysisFile, json, misses);
    }

    /// <summary>
    /// Runs the CLI's own <c>analyze DIR --json FILE --db FILE</c>, so that scoring sees exactly what a user's run
    /// exports; its table goes to stderr, keeping stdout for the scores.
    /// </summary>
    private static async Task<int> AnalyzeAsync(Terminal terminal, DirectoryInfo docs, string export, string database, CancellationToken cancellationToken)
    {
        var quiet = new Terminal(terminal.Error, terminal.Error);
        var parsed = Program.CreateRoot(quiet).Parse(["analyze", docs.FullName, "--json", export, "--db", database]);
        if (parsed.Errors.Count > 0)
        {
            terminal.Problem("eval findings", "this build cannot run 'analyze' for --docs: " + parsed.Errors[0].Message);
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
    }

    private static int Score(Terminal terminal, FileInfo goldFile, FileInfo analysisFile, bool json, bool misses)
    {
        if (!analysisFile.Exists)
        {
            terminal.Problem(analysisFile.ToString(), "analysis export not found");
            return ExitCodes.Usage;
        }

        FindingsFile gold;
        try
        {
            using var stream = goldFile.OpenRead();
            gold = new FindingsFileReader().Read(stream);
        }
        catch (JsonException ex)
        {
            terminal.Problem(goldFile.ToString(), "not a findings file: " + ex.Message);
            return ExitCodes.InputFailed;
        }

        AnalysisResult result;
        try
        {
            using var stream = analysisFile.OpenRead();
            result = new AnalysisJsonReader().Read(stream);
        }
        catch (JsonException ex)
        {
            terminal.Problem(analysisFile.ToString(), "not an analysis export: " + ex.Message);
            return ExitCodes.InputFailed;
        }

        return Report(terminal, gold, result, json, misses);
    }

    private static int Report(Terminal terminal, FindingsFile gold, AnalysisResult result, bool json, bool misses)
    {
        var exported = result.Documents.Select(d => Path.GetFileName((string.IsNullOrEmpty(d.Path) ? d.Url ?? "" : d.Path).TrimEnd('/')))
            .ToHashSet(StringComparer.Ordinal);
        var absent = gold.Documents.Select(d => d.File).Where(f => !exported.Contains(f)).Distinct(StringComparer.Ordinal).ToList();
        if (absent.Count > 0)
        {
            terminal.Warning("eval findings", $"{absent.Count} of {gold.Documents.Length} findings documents are not in the export (their findings count as missed): {string.Join(", ", absent.Take(5))}{(absent.Count > 5 ? ", ..." : "")}");
        }

        var score = new FindingsScorer().Score(result, gold);
        var format = new FindingsScoreWriter();

        // The raw writer: Spectre would wrap long lines, and the output must match the script's byte for byte.
        var output = terminal.Out.Profile.Out.Writer;
        if (json)
        {
            output.Write(format.Json(score));
        }
        else
        {
            output.Write(format.Table(score));
            if (misses)
            {
                output.Write(format.Misses(score));
            }
        }

        output.Flush();
        return ExitCodes.Success;
    }
}
