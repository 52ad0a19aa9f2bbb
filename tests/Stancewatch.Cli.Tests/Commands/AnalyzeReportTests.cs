using Spectre.Console;
using Stancewatch.Testing;

namespace Stancewatch.Cli.Tests.Commands;

public sealed class AnalyzeReportTests
{
    [Fact]
    public void Analyze_WithReport_WritesTheHtmlReportBesideTheExport()
    {
        string docs = SharedData.Require("corpus/seeds/docs");
        string folder = Path.Combine(Path.GetTempPath(), "stancewatch-analyze-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string json = Path.Combine(folder, "out.json"), html = Path.Combine(folder, "report", "report.html");
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var terminal = new Terminal(
                AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = AnsiSupport.No }),
                AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr), Ansi = AnsiSupport.No }));

            int code = Program.CreateRoot(terminal)
                .Parse(["analyze", docs, "--json", json, "--report", html, "--db", Path.Combine(folder, "t.db")])
                .Invoke();

            Assert.True(code == ExitCodes.Success, stderr.ToString());
            string page = File.ReadAllText(html);
            Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
            Assert.Contains("id=\"matrix\"", page, StringComparison.Ordinal);
            Assert.Contains("Kazakhstan", page, StringComparison.Ordinal);           // display names from the actor registry
            Assert.Contains("<mark>", page, StringComparison.Ordinal);               // findings in context, from the stored texts
            Assert.Contains("report written to", stdout.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
