using System.Text.Json;

namespace Stancewatch.Cli.Tests.Commands;

public sealed class AnalyzeDatesTests
{
    [Fact]
    public void Analyze_UndatedDocument_BareDatesTakeTheCrisisYear()
    {
        string folder = Path.Combine(Path.GetTempPath(), "stancewatch-dates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "docs"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "docs", "undated.txt"), "On May 4, Kazakh President Kassym-Jomart Tokayev met Russian President Vladimir Putin in Moscow.\n");
            string json = Path.Combine(folder, "out.json");
            var (code, _, stderr) = CliRunner.Run("analyze", Path.Combine(folder, "docs"), "--json", json, "--db", Path.Combine(folder, "t.db"));

            Assert.True(code == ExitCodes.Success, stderr);
            using var export = JsonDocument.Parse(File.ReadAllText(json));
            var meeting = Assert.Single(export.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("event").GetString() == "CONSULT");
            Assert.Equal("2022-05-04", meeting.GetProperty("date").GetString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
