using Stancewatch.Testing;
using Stancewatch.Cli;
using CliMessages = Stancewatch.Cli.Messages;

namespace Stancewatch.Engine.Tests.Cli;

public sealed class CommandTests
{
    [Fact]
    public void Ingest_PrintsTheSummary_AndDocsAndShowReadTheStore()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        dir.Write("docs/a.md", "---\ntitle: Statement on talks\npublisher: tass.com\nurl: https://tass.com/politics/1\n---\nMOSCOW, 2 March 2022 — " + SyntheticCorpus.Text(20));
        string db = Path.Combine(dir.Path, "s.db");

        var (code, output, error) = CliRunner.Run("ingest", Path.Combine(dir.Path, "docs"), "--db", db);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("2022-03-02 (inferred)", output, StringComparison.Ordinal);
        Assert.Contains("RUS state media", output, StringComparison.Ordinal);
        Assert.Contains("documents read", output, StringComparison.Ordinal);

        var (docsCode, docs, _) = CliRunner.Run("docs", "--db", db);
        Assert.Equal(ExitCodes.Success, docsCode);
        Assert.Contains("Statement on talks", docs, StringComparison.Ordinal);
        Assert.Contains("1 documents", docs, StringComparison.Ordinal);

        string id = Stancewatch.Text.DocumentId.FromText("MOSCOW, 2 March 2022 — " + SyntheticCorpus.Text(20).TrimEnd('\n', ' ').Replace(" \n", "\n", StringComparison.Ordinal));
        var (showCode, show, showError) = CliRunner.Run("show", id[..8], "--db", db);
        Assert.True(showCode == ExitCodes.Success, showError);
        Assert.Contains("MOSCOW, 2 March 2022", show, StringComparison.Ordinal);
        Assert.Contains("Statement on talks", show, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_NothingReadable_ExitsWithInputFailed()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        string empty = dir.WriteBytes("empty.txt", []);
        var (code, _, error) = CliRunner.Run("ingest", empty, "--db", Path.Combine(dir.Path, "s.db"));
        Assert.Equal(ExitCodes.InputFailed, code);
        Assert.Contains(empty + ": empty file (0 bytes)", error, StringComparison.Ordinal);
        Assert.Contains(CliMessages.NothingRead, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SomeFailures_ExitZero_UnlessStrict()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        dir.Write("in/good.txt", SyntheticCorpus.Text(21));
        dir.WriteBytes("in/empty.txt", []);
        string db = Path.Combine(dir.Path, "s.db");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("ingest", Path.Combine(dir.Path, "in"), "--db", db).ExitCode);
        var (code, _, error) = CliRunner.Run("ingest", Path.Combine(dir.Path, "in"), "--db", db, "--strict");
        Assert.Equal(ExitCodes.InputFailed, code);
        Assert.Contains(CliMessages.StrictFailed(1), error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_MaxSize_RejectsLargerFiles()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        string big = dir.Write("big.txt", SyntheticCorpus.Text(22, words: 2000));
        var (code, _, error) = CliRunner.Run("ingest", big, "--db", Path.Combine(dir.Path, "s.db"), "--max-size", "1KB");
        Assert.Equal(ExitCodes.InputFailed, code);
        Assert.Contains("over the 0 MB limit", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published", "2022-13-01", "is not a date")]
    [InlineData("--max-size", "lots", "is not a size")]
    public void Ingest_BadOptions_AreParseErrors(string option, string value, string message)
    {
        System.CommandLine.ParseResult parse = Program.CreateRoot(Terminal.FromProcess()).Parse(["ingest", "x.txt", option, value]);
        Assert.Contains(parse.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Show_UnknownId_ExitsWithUsage()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        string db = Path.Combine(dir.Path, "s.db");
        dir.Write("a.txt", SyntheticCorpus.Text(23));
        CliRunner.Run("ingest", Path.Combine(dir.Path, "a.txt"), "--db", db);
        var (code, _, error) = CliRunner.Run("show", "ffffffff", "--db", db);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(CliMessages.NoSuchDocument("ffffffff"), error, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_WithoutADatabase_SaysSoAndCreatesNothing()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        string db = Path.Combine(dir.Path, "none.db");
        var (code, _, error) = CliRunner.Run("docs", "--db", db);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("no database at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Help_OfEveryCommand_GivesAnExample()
    {
        var root = Program.CreateRoot(Terminal.FromProcess());
        var leaves = Leaves(root).ToList();
        Assert.Contains(leaves, c => c.Name == "ingest");
        foreach (var command in leaves)
        {
            Assert.True(
                command.Description?.Contains("Example", StringComparison.Ordinal) == true && command.Description.Contains("stancewatch ", StringComparison.Ordinal),
                $"'{command.Name}' --help gives no example");
        }
    }

    private static IEnumerable<System.CommandLine.Command> Leaves(System.CommandLine.Command command) =>
        command.Subcommands.Count == 0 ? [command] : command.Subcommands.SelectMany(Leaves);
}
