using Stancewatch.Storage;
using Stancewatch.Text.Duplicates;

namespace Stancewatch.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IStore"/> must have. Each provider derives a class that says how to open a
/// fresh store; SQLite in memory always runs, other providers skip when they are not configured.
/// </summary>
public abstract class StoreContractTests
{
    protected abstract Task<IStore> OpenAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddDocument_ThenGet_RoundTripsEveryField()
    {
        await using IStore store = await OpenAsync();
        NewDocument doc = Some.New("“Neutral” — the minister said,\u00a0twice.", published: new DateOnly(2022, 3, 1));
        Assert.Equal(AddOutcome.Added, await store.AddDocumentAsync(doc, Ct));
        StoredDocument? back = await store.GetDocumentAsync(doc.Document.Id, Ct);
        Assert.NotNull(back);
        Assert.Equal(doc.Document, back.Document);
        Assert.Equal(doc.Raw.ToArray(), back.Raw.ToArray());
        Assert.Equal("utf-8", back.RawEncoding);
        Assert.Equal(Some.Now, back.AddedAt);
        Assert.Null(back.DuplicateOf);
    }

    [Fact]
    public async Task AddDocument_SameIdTwice_StoresItOnce()
    {
        await using IStore store = await OpenAsync();
        NewDocument doc = Some.New("The same text twice.");
        Assert.Equal(AddOutcome.Added, await store.AddDocumentAsync(doc, Ct));
        Assert.Equal(AddOutcome.AlreadyStored, await store.AddDocumentAsync(doc with { AddedAt = Some.Now.AddDays(1) }, Ct));
        Assert.Equal(1, await store.CountDocumentsAsync(Ct));
        Assert.True(await store.ContainsAsync(doc.Document.Id, Ct));
        Assert.Equal(Some.Now, (await store.GetDocumentAsync(doc.Document.Id, Ct))!.AddedAt);
    }

    [Fact]
    public async Task GetDocument_Unknown_IsNull()
    {
        await using IStore store = await OpenAsync();
        Assert.Null(await store.GetDocumentAsync("0000000000000000", Ct));
        Assert.False(await store.ContainsAsync("0000000000000000", Ct));
    }

    [Fact]
    public async Task FindNearDuplicateCandidates_ByBandKey_WithTheOriginalLink()
    {
        await using IStore store = await OpenAsync();
        NewDocument original = Some.New(Some.LongText(1));
        NewDocument copy = Some.New(Some.LongText(1) + " extra words at the end", duplicateOf: original.Document.Id);
        NewDocument other = Some.New(Some.LongText(2));
        foreach (NewDocument d in new[] { original, copy, other })
        {
            await store.AddDocumentAsync(d, Ct);
        }

        IReadOnlyList<NearDuplicateCandidate> found = await store.FindNearDuplicateCandidatesAsync(original.BandKeys, Ct);
        Assert.Contains(found, c => c.Id == original.Document.Id && c.DuplicateOf is null && c.Signature.Values.SequenceEqual(original.Signature!.Values));
        Assert.Contains(found, c => c.Id == copy.Document.Id && c.DuplicateOf == original.Document.Id);
        Assert.DoesNotContain(found, c => c.Id == other.Document.Id);
        Assert.Empty(await store.FindNearDuplicateCandidatesAsync([], Ct));
    }

    [Fact]
    public async Task ListDocuments_OrdersByDate_UndatedLast()
    {
        await using IStore store = await OpenAsync();
        await store.AddDocumentAsync(Some.New("Undated text.") , Ct);
        await store.AddDocumentAsync(Some.New("Later text.", published: new DateOnly(2022, 5, 1)), Ct);
        await store.AddDocumentAsync(Some.New("Earlier text.", published: new DateOnly(2022, 2, 24)), Ct);
        IReadOnlyList<DocumentSummary> list = await store.ListDocumentsAsync(Ct);
        Assert.Equal(["Earlier text.".Length, "Later text.".Length, "Undated text.".Length], list.Select(d => d.Characters));
        Assert.Equal(new DateOnly(2022, 2, 24), list[0].Published);
        Assert.Null(list[2].Published);
    }

    [Fact]
    public async Task FindIds_ByPrefix()
    {
        await using IStore store = await OpenAsync();
        NewDocument doc = Some.New("Find me by prefix.");
        await store.AddDocumentAsync(doc, Ct);
        Assert.Equal([doc.Document.Id], await store.FindIdsAsync(doc.Document.Id[..6], 5, Ct));
        Assert.Empty(await store.FindIdsAsync("zz", 5, Ct));
    }

    [Fact]
    public async Task Runs_RecordStartFailuresAndCounts()
    {
        await using IStore store = await OpenAsync();
        long run = await store.StartRunAsync("ingest a b", Some.Now, Ct);
        Assert.Null((await store.GetRunAsync(run, Ct))!.FinishedAt);
        await store.RecordFailureAsync(run, "a.txt", "empty file (0 bytes)", Some.Now, Ct);
        await store.RecordFailureAsync(run, "b.jsonl:3", "not JSON", Some.Now, Ct);
        await store.FinishRunAsync(run, new RunCounts(5, 3, 1, 1, 2), Some.Now.AddSeconds(3), Ct);
        RunRecord record = (await store.GetRunAsync(run, Ct))!;
        Assert.Equal("ingest a b", record.Command);
        Assert.Equal(new RunCounts(5, 3, 1, 1, 2), record.Counts);
        Assert.Equal(Some.Now.AddSeconds(3), record.FinishedAt);
        Assert.Equal(["a.txt", "b.jsonl:3"], (await store.ListFailuresAsync(run, Ct)).Select(f => f.Input));
    }

    [Fact]
    public async Task ReplaceResults_ReplacesOnlyTheGivenStages()
    {
        await using IStore store = await OpenAsync();
        NewDocument doc = Some.New("A document with results.");
        await store.AddDocumentAsync(doc, Ct);
        string id = doc.Document.Id;
        await store.ReplaceResultsAsync(id, [new StageResult("extraction", "1", "{\"events\":1}"), new StageResult("entities", "1", "[]")], Ct);
        await store.ReplaceResultsAsync(id, [new StageResult("extraction", "2", "{\"events\":2}")], Ct);
        IReadOnlyList<StageResult> results = await store.GetResultsAsync(id, Ct);
        Assert.Equal([new StageResult("entities", "1", "[]"), new StageResult("extraction", "2", "{\"events\":2}")], results);
    }

    [Fact]
    public async Task ReplaceResults_ForAnUnknownDocument_FailsAndChangesNothing()
    {
        await using IStore store = await OpenAsync();
        NewDocument doc = Some.New("Known document.");
        await store.AddDocumentAsync(doc, Ct);
        await store.ReplaceResultsAsync(doc.Document.Id, [new StageResult("extraction", "1", "{}")], Ct);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            store.ReplaceResultsAsync("ffffffffffffffff", [new StageResult("extraction", "1", "{}")], Ct));
        Assert.Single(await store.GetResultsAsync(doc.Document.Id, Ct));
        Assert.Empty(await store.GetResultsAsync("ffffffffffffffff", Ct));
    }

    [Fact]
    public async Task SchemaVersion_IsTheLatest()
    {
        await using IStore store = await OpenAsync();
        Assert.Equal(new Stancewatch.Storage.Sqlite.SqliteMigrator().LatestVersion, store.SchemaVersion);
    }
}
