using System.Diagnostics;
using Spectre.Console;
using Stancewatch.Analysis.Export;
using Stancewatch.Analysis.Scoring;
using Stancewatch.Analysis.Tests.Scoring;
using Stancewatch.Testing;

namespace Stancewatch.Cli.Tests.Commands;

public sealed class EvalFindingsCommandTests
{
    [Fact]
    public void EvalFindings_PrintsWhatScoreFindingsPyPrints()
    {
        string script = SharedData.Require("tools/score_findings.py");
        string gold = SharedData.Require("corpus/seeds/expected.json");
        string export = Path.Combine(Path.GetTempPath(), "stancewatch-cli-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var findings = new FindingsFileReader().Read(File.ReadAllText(gold));
            using (var stream = File.Create(export))
            {
                new AnalysisJsonWriter().Write(GoldDerivedExports.Derive(findings, 11, 0.6), stream);
            }

            var (code, stdout, _) = Run("eval", "findings", "--gold", gold, "--analysis", export, "--misses");
            string expected;
            try
            {
                expected = Python(script, export, gold, "--misses");
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Skip("python3 is not on PATH; the parity test needs it.");
                return;
            }

            Assert.Equal(ExitCodes.Success, code);
            Assert.Equal(expected, stdout);
        }
        finally
        {
            File.Delete(export);
        }
    }

    [Fact]
    public void EvalFindings_NamesAMissingFile_AndExitsWithUsage()
    {
        var (code, stdout, stderr) = Run("eval", "findings", "--gold", "no-such-findings.json", "--analysis", "x.json");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(stdout);
        Assert.Contains("no-such-findings.json: findings file not found", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalFindings_RejectsAMalformedExport_WithThePathOfTheBadValue()
    {
        string gold = SharedData.Require("corpus/seeds/expected.json");
        string export = Path.Combine(Path.GetTempPath(), "stancewatch-cli-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(export, """{"topic":"t","documents":[],"events":[],"claims":[],"silences":[],"disputes":[],"profiles":[],"votes":[{"actor":"KAZ","resolution":"r","vote":"MAYBE","evidence":{"doc":"d","sentence":0,"start":0,"end":1,"text":"x"}}]}""");
        try
        {
            var (code, _, stderr) = Run("eval", "findings", "--gold", gold, "--analysis", export);

            Assert.Equal(ExitCodes.InputFailed, code);
            Assert.Contains("$.votes[0].vote: 'MAYBE' is not one of", stderr.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(export);
        }
    }

    [Fact]
    public void EvalFindings_NeedsAnAnalysisOrDocs()
    {
        string gold = SharedData.Require("corpus/seeds/expected.json");

        var (code, _, stderr) = Run("eval", "findings", "--gold", gold);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--analysis", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CliRunner.Run(args);

    private static string Python(params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "python3 failed: " + stderr.Result);
        return output;
    }
}
