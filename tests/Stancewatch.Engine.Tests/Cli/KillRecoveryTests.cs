using Stancewatch.Testing;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Stancewatch.Text;

namespace Stancewatch.Engine.Tests.Cli;

/// <summary>
/// kill -9 in the middle of a large ingest leaves a consistent database, and the same command run again
/// completes the work.
/// </summary>
public sealed class KillRecoveryTests
{
    private const int Documents = 6000;

    [Fact]
    public async Task Ingest_KilledMidRun_LeavesAConsistentDatabase_AndARerunCompletesIt()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        string corpus = Path.Combine(dir.Path, "corpus");
        SyntheticCorpus.WriteFiles(corpus, Documents);
        string db = Path.Combine(dir.Path, "kill.db");

        using (Process child = StartCli("ingest", corpus, "--db", db))
        {
            // Drain both pipes so the child never blocks on a full buffer.
            child.BeginOutputReadLine();
            child.BeginErrorReadLine();
            int seen = await WaitForDocumentsAsync(db, child, atLeast: 200);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(seen < Documents, "the child finished before it could be killed; make the corpus larger");
        }

        int afterKill = CheckConsistent(db);
        Assert.InRange(afterKill, 1, Documents - 1);
        Assert.Equal(1L, Scalar(db, "SELECT count(*) FROM runs WHERE finished_at IS NULL"));

        using (Process rerun = StartCli("ingest", corpus, "--db", db))
        {
            Task<string> errorTask = rerun.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            string output = await rerun.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            string error = await errorTask;
            await rerun.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(rerun.ExitCode == 0, error + output);
        }

        Assert.Equal(Documents, CheckConsistent(db));
        Assert.Equal(Documents - afterKill, Scalar(db, "SELECT added FROM runs ORDER BY id DESC LIMIT 1"));
        Assert.Equal(afterKill, Scalar(db, "SELECT duplicates FROM runs ORDER BY id DESC LIMIT 1"));
    }

    /// <summary>Integrity check passes; every document is whole (id matches text, all band keys present). Returns the count.</summary>
    private static int CheckConsistent(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using (SqliteCommand check = c.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string)check.ExecuteScalar()!);
        }

        using (SqliteCommand bands = c.CreateCommand())
        {
            bands.CommandText = "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM document_bands b WHERE b.doc_id = d.id) <> 20";
            Assert.Equal(0L, (long)bands.ExecuteScalar()!);
        }

        using SqliteCommand docs = c.CreateCommand();
        docs.CommandText = "SELECT id, text FROM documents";
        using SqliteDataReader r = docs.ExecuteReader();
        int count = 0;
        while (r.Read())
        {
            Assert.Equal(r.GetString(0), DocumentId.FromText(r.GetString(1)));
            count++;
        }

        return count;
    }

    private static long Scalar(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    private static async Task<int> WaitForDocumentsAsync(string db, Process child, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !child.HasExited)
        {
            if (File.Exists(db))
            {
                try
                {
                    using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
                    c.Open();
                    using SqliteCommand cmd = c.CreateCommand();
                    cmd.CommandText = "SELECT count(*) FROM documents";
                    int n = (int)(long)cmd.ExecuteScalar()!;
                    if (n >= atLeast)
                    {
                        return n;
                    }
                }
                catch (SqliteException)
                {
                    // The child is still creating the schema.
                }
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.Fail(child.HasExited ? $"the child exited early with code {child.ExitCode}" : "the child stored nothing within 3 minutes");
        return 0;
    }

    private static Process StartCli(params string[] args)
    {
        string dll = typeof(Stancewatch.Cli.Program).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }
}
