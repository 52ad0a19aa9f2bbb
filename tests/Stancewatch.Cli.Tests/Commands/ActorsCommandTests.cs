using Spectre.Console;
using Stancewatch.Testing;

namespace Stancewatch.Cli.Tests.Commands;

public sealed class ActorsCommandTests
{
    [Fact]
    public void Actors_ReadsTheTextAndMarkdownFilesOfAFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "stancewatch-actors-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "b.md"), "---\npublished: 2022-03-01\n---\nKazakhstan abstained.\n");
            File.WriteAllText(Path.Combine(folder, "a.txt"), "Kyrgyzstan said nothing.\n");
            File.WriteAllText(Path.Combine(folder, "notes.csv"), "ignored\n");
            var (code, stdout, stderr) = Run("actors", folder, "--json", "--no-phoenix", "--kb", Path.Combine(SharedData.RepositoryRoot, "data", "actors"));
            Assert.True(code == ExitCodes.Success, stderr);
            Assert.Contains("\"file\": \"a.txt\"", stdout, StringComparison.Ordinal);
            Assert.Contains("\"file\": \"b.md\"", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("notes.csv", stdout, StringComparison.Ordinal);
            Assert.Contains("\"code\": \"KGZ\"", stdout, StringComparison.Ordinal);
            Assert.True(stdout.IndexOf("a.txt", StringComparison.Ordinal) < stdout.IndexOf("b.md", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CliRunner.Run(args);
}
