using Microsoft.Data.Sqlite;
using Stancewatch.Engine.Ingest;
using Stancewatch.Storage;
using Stancewatch.Storage.Sqlite;
using Stancewatch.Testing;
using Stancewatch.Text.Duplicates;
using Stancewatch.Text.Reading;

namespace Stancewatch.Engine.Tests.Ingest;

public sealed class IngestRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IngestRun Run(IStore store) => new(
        InputReader.CreateDefault(null, new InputReaderOptions()),
        store,
        new NearDuplicateDetector(),
        TimeProvider.System);

    private static Task<IngestReport> IngestAsync(IStore store, params string[] inputs) =>
        Run(store).RunAsync(new IngestRequest { Inputs = inputs }, null, Ct);

    [Fact]
    public async Task Ingest_StoresNewDocuments_AndASecondRunAddsNothing()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        dir.Write("a.txt", SyntheticCorpus.Text(1));
        dir.Write("b/c.md", "---\ntitle: C\npublished: 2022-03-03\n---\n" + SyntheticCorpus.Text(2));
        await using IStore store = SqliteStore.OpenInMemory();

        IngestReport first = await IngestAsync(store, dir.Path);
        Assert.Equal(new RunCounts(2, 2, 0, 0, 0), first.Counts);
        IngestReport second = await IngestAsync(store, dir.Path);
        Assert.Equal(new RunCounts(2, 0, 2, 0, 0), second.Counts);
        Assert.All(second.Documents, d => Assert.Equal(DocumentStatus.Duplicate, d.Status));
        Assert.Equal(2, await store.CountDocumentsAsync(Ct));
        Assert.Equal(new RunCounts(2, 0, 2, 0, 0), (await store.GetRunAsync(second.RunId, Ct))!.Counts);
    }

    [Fact]
    public async Task Ingest_SameTextUnderTwoNames_IsStoredOnce()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        dir.Write("one.txt", SyntheticCorpus.Text(3));
        dir.Write("two.txt", "\r\n" + SyntheticCorpus.Text(3).Replace("\n", "\r\n", StringComparison.Ordinal) + "   \r\n");
        await using IStore store = SqliteStore.OpenInMemory();
        IngestReport report = await IngestAsync(store, dir.Path);
        Assert.Equal(new RunCounts(2, 1, 1, 0, 0), report.Counts);
    }

    [Fact]
    public async Task Ingest_NearDuplicates_AreStoredAndLinkedToTheFirstOriginal()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        string original = SyntheticCorpus.Text(4);
        string edited = "WIRE — " + original.Replace("Report", "Updated report", StringComparison.Ordinal) + "\nAdditional reporting by our desk.";
        string editedAgain = edited + "\nThis story has been corrected.";
        dir.Write("1-original.txt", original);
        dir.Write("2-edited.txt", edited);
        dir.Write("3-edited-again.txt", editedAgain);
        dir.Write("4-unrelated.txt", SyntheticCorpus.Text(5));
        await using IStore store = SqliteStore.OpenInMemory();

        IngestReport report = await IngestAsync(store, dir.Path);
        Assert.Equal(new RunCounts(4, 4, 0, 2, 0), report.Counts);
        string originalId = report.Documents[0].Id;
        Assert.Equal(DocumentStatus.NearDuplicate, report.Documents[1].Status);
        Assert.Equal(originalId, report.Documents[1].DuplicateOf);
        Assert.Equal(originalId, report.Documents[2].DuplicateOf);
        Assert.Equal(DocumentStatus.Added, report.Documents[3].Status);
        Assert.Equal(originalId, (await store.GetDocumentAsync(report.Documents[2].Id, Ct))!.DuplicateOf);
    }

    [Fact]
    public async Task Ingest_BadInputs_AreRecordedOneLineEach_AndTheRunGoesOn()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        dir.Write("good.txt", SyntheticCorpus.Text(6));
        dir.WriteBytes("empty.txt", []);
        dir.WriteBytes("picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        dir.Write("lines.jsonl", "{\"text\":\"A line that reads well enough.\"}\n{not json}\n");
        await using IStore store = SqliteStore.OpenInMemory();

        IngestReport report = await IngestAsync(store, dir.Path, Path.Combine(dir.Path, "missing.txt"));
        Assert.Equal(2, report.Counts.Read);
        Assert.Equal(4, report.Counts.Failed);
        Assert.False(report.NothingRead);
        string[] expected = ["empty.txt", "lines.jsonl:2", "picture.txt", "missing.txt"];
        Assert.Equal(expected, report.Failures.Select(f => Path.GetFileName(f.Input)));
        Assert.Equal(expected, (await store.ListFailuresAsync(report.RunId, Ct)).Select(f => Path.GetFileName(f.Input)));
        Assert.All(report.Failures, f => Assert.DoesNotContain('\n', f.Reason));
    }

    [Fact]
    public async Task Ingest_NothingReadable_SaysSo()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        dir.WriteBytes("empty.txt", []);
        await using IStore store = SqliteStore.OpenInMemory();
        IngestReport report = await IngestAsync(store, dir.Path);
        Assert.True(report.NothingRead);
        IngestReport none = await IngestAsync(store);
        Assert.True(none.NothingRead);
        Assert.Equal(Messages.NoInputs, Assert.Single(none.Failures).Reason);
    }

    [Fact]
    public async Task Ingest_PublishedByHand_OverridesMetadataAndInference()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        dir.Write("a.md", "---\npublished: 2022-03-03\n---\n" + SyntheticCorpus.Text(7));
        await using IStore store = SqliteStore.OpenInMemory();
        IngestReport report = await Run(store).RunAsync(new IngestRequest { Inputs = [dir.Path], Published = new DateOnly(2022, 2, 24) }, null, Ct);
        StoredDocument stored = (await store.GetDocumentAsync(report.Documents[0].Id, Ct))!;
        Assert.Equal(new DateOnly(2022, 2, 24), stored.Document.Published);
        Assert.False(stored.Document.PublishedInferred);
    }

    [Fact]
    public async Task Ingest_DatabaseFailure_StopsTheRun()
    {
        using var dir = new TempFolder(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        dir.Write("a.txt", SyntheticCorpus.Text(8));
        await using IStore store = new FailingStore(SqliteStore.OpenInMemory());
        await Assert.ThrowsAsync<SqliteException>(() => IngestAsync(store, dir.Path));
    }

    [Fact]
    public async Task Ingest_TheCorpus_ReadsEveryDocumentWithoutError_AndTheSecondRunAddsNothing()
    {
        string seeds = SharedData.Require("corpus/seeds/docs");
        string dev = SharedData.Require("corpus/dev/docs");
        await using IStore store = SqliteStore.OpenInMemory();
        IngestReport first = await IngestAsync(store, seeds, dev);
        Assert.Empty(first.Failures);
        int files = Directory.GetFiles(seeds).Length + Directory.GetFiles(dev).Length;
        Assert.Equal(files, first.Counts.Read);
        Assert.Equal(files, first.Counts.Added);
        Assert.All(first.Documents, d => Assert.True(d.Characters > 300, d.Origin));
        Assert.Contains(first.Documents, d => d.PublishedInferred);
        IngestReport second = await IngestAsync(store, seeds, dev);
        Assert.Equal(0, second.Counts.Added);
        Assert.Equal(files, second.Counts.Duplicates);
    }

    /// <summary>A store whose disk fails on every document write.</summary>
    private sealed class FailingStore(IStore inner) : IStore
    {
        public int SchemaVersion => inner.SchemaVersion;

        public Task<AddOutcome> AddDocumentAsync(NewDocument document, CancellationToken cancellationToken) =>
            throw new SqliteException("disk I/O error", 10);

        public Task<IReadOnlyList<AddOutcome>> AddDocumentsAsync(IReadOnlyList<NewDocument> documents, CancellationToken cancellationToken) =>
            throw new SqliteException("disk I/O error", 10);

        public Task<bool> ContainsAsync(string id, CancellationToken cancellationToken) => inner.ContainsAsync(id, cancellationToken);

        public Task<IReadOnlyList<NearDuplicateCandidate>> FindNearDuplicateCandidatesAsync(IReadOnlyList<long> bandKeys, CancellationToken cancellationToken) =>
            inner.FindNearDuplicateCandidatesAsync(bandKeys, cancellationToken);

        public Task<StoredDocument?> GetDocumentAsync(string id, CancellationToken cancellationToken) => inner.GetDocumentAsync(id, cancellationToken);

        public Task<IReadOnlyList<string>> FindIdsAsync(string prefix, int limit, CancellationToken cancellationToken) => inner.FindIdsAsync(prefix, limit, cancellationToken);

        public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken) => inner.ListDocumentsAsync(cancellationToken);

        public Task<int> CountDocumentsAsync(CancellationToken cancellationToken) => inner.CountDocumentsAsync(cancellationToken);

        public Task<long> StartRunAsync(string command, DateTimeOffset startedAt, CancellationToken cancellationToken) => inner.StartRunAsync(command, startedAt, cancellationToken);

        public Task RecordFailureAsync(long runId, string input, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
            inner.RecordFailureAsync(runId, input, reason, at, cancellationToken);

        public Task FinishRunAsync(long runId, RunCounts counts, DateTimeOffset finishedAt, CancellationToken cancellationToken) =>
            inner.FinishRunAsync(runId, counts, finishedAt, cancellationToken);

        public Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken) => inner.GetRunAsync(runId, cancellationToken);

        public Task<IReadOnlyList<FailureRecord>> ListFailuresAsync(long runId, CancellationToken cancellationToken) => inner.ListFailuresAsync(runId, cancellationToken);

        public Task ReplaceResultsAsync(string documentId, IReadOnlyCollection<StageResult> results, CancellationToken cancellationToken) =>
            inner.ReplaceResultsAsync(documentId, results, cancellationToken);

        public Task<IReadOnlyList<StageResult>> GetResultsAsync(string documentId, CancellationToken cancellationToken) => inner.GetResultsAsync(documentId, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
