using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Stancewatch.Text;
using Stancewatch.Text.Duplicates;

namespace Stancewatch.Storage.Sqlite;

/// <summary>
/// The SQLite store (Microsoft.Data.Sqlite): WAL journal, synchronous=NORMAL (a committed document survives a
/// killed process), foreign keys on, one connection per store. The schema is brought up to date on open by
/// <see cref="SqliteMigrator"/>. Not thread-safe: one caller at a time.
/// </summary>
public sealed class SqliteStore : IStore
{
    private const string DocumentColumns =
        "id, origin, url, title, publisher, published, published_inferred, language, format, text, raw, raw_encoding, duplicate_of, added_at";

    private readonly SqliteConnection connection;
    private readonly SqliteCommand insertDocument;
    private readonly SqliteCommand insertBand;
    private readonly SqliteCommand insertBands;
    private readonly SqliteCommand contains;
    private readonly SqliteCommand candidates;

    private SqliteStore(SqliteConnection connection, int schemaVersion)
    {
        this.connection = connection;
        SchemaVersion = schemaVersion;
        insertDocument = connection.CreateCommand();
        insertDocument.CommandText =
            "INSERT OR IGNORE INTO documents (" + DocumentColumns + ", signature) VALUES " +
            "($id, $origin, $url, $title, $publisher, $published, $inferred, $language, $format, $text, $raw, $raw_encoding, $duplicate_of, $added_at, $signature)";
        foreach (string p in new[] { "$id", "$origin", "$url", "$title", "$publisher", "$published", "$inferred", "$language", "$format", "$text", "$raw", "$raw_encoding", "$duplicate_of", "$added_at", "$signature" })
        {
            insertDocument.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        insertBand = connection.CreateCommand();
        insertBand.CommandText = "INSERT OR IGNORE INTO document_bands (band_key, doc_id) VALUES ($key, $doc)";
        insertBand.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
        insertBand.Parameters.Add(new SqliteParameter { ParameterName = "$doc" });

        // All of a document's band keys in one statement: one step instead of one per key.
        insertBands = connection.CreateCommand();
        var values = new StringBuilder("INSERT OR IGNORE INTO document_bands (band_key, doc_id) VALUES ");
        for (int i = 0; i < NearDuplicateDetector.Bands; i++)
        {
            string name = "$k" + i.ToString(CultureInfo.InvariantCulture);
            values.Append(i == 0 ? string.Empty : ",").Append('(').Append(name).Append(", $doc)");
            insertBands.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        insertBands.Parameters.Add(new SqliteParameter { ParameterName = "$doc" });
        insertBands.CommandText = values.ToString();

        contains = connection.CreateCommand();
        contains.CommandText = "SELECT 1 FROM documents WHERE id = $id";
        contains.Parameters.Add(new SqliteParameter { ParameterName = "$id" });

        candidates = CandidateCommand(NearDuplicateDetector.Bands);
    }

    /// <inheritdoc />
    public int SchemaVersion { get; }

    /// <summary>Opens (creating if missing) and migrates the database.</summary>
    /// <exception cref="StoreSchemaException">The schema is newer than this program or a migration failed.</exception>
    /// <exception cref="SqliteException">The file cannot be opened as a database.</exception>
    public static SqliteStore Open(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool memory = options.Path == ":memory:";
        string? folder = memory ? null : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, memory
                ? "PRAGMA synchronous = NORMAL;"
                : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
            int version = new SqliteMigrator().Migrate(connection, options.Time.GetUtcNow(), options.MigrateTo);
            return new SqliteStore(connection, version);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens an in-memory store (for tests and benchmarks).</summary>
    public static SqliteStore OpenInMemory() => Open(new SqliteStoreOptions { Path = ":memory:" });

    /// <inheritdoc />
    public async Task<AddOutcome> AddDocumentAsync(NewDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (await AddDocumentsAsync([document], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AddOutcome>> AddDocumentsAsync(IReadOnlyList<NewDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        cancellationToken.ThrowIfCancellationRequested();
        var outcomes = new AddOutcome[documents.Count];
        if (documents.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<AddOutcome>>(outcomes);
        }

        using SqliteTransaction tx = connection.BeginTransaction();
        insertDocument.Transaction = tx;
        insertBand.Transaction = tx;
        insertBands.Transaction = tx;
        for (int i = 0; i < documents.Count; i++)
        {
            outcomes[i] = Insert(documents[i]);
        }

        tx.Commit();
        return Task.FromResult<IReadOnlyList<AddOutcome>>(outcomes);
    }

    private AddOutcome Insert(NewDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        SourceDocument d = document.Document;
        SqliteParameterCollection p = insertDocument.Parameters;
        p["$id"].Value = d.Id;
        p["$origin"].Value = d.Origin;
        p["$url"].Value = (object?)d.Url ?? DBNull.Value;
        p["$title"].Value = (object?)d.Title ?? DBNull.Value;
        p["$publisher"].Value = (object?)d.Publisher ?? DBNull.Value;
        p["$published"].Value = d.Published is DateOnly pub ? pub.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
        p["$inferred"].Value = d.PublishedInferred ? 1 : 0;
        p["$language"].Value = (object?)d.Language ?? DBNull.Value;
        p["$format"].Value = d.Format;
        p["$text"].Value = d.Text;
        p["$raw"].Value = document.Raw.IsEmpty ? DBNull.Value : document.Raw.ToArray();
        p["$raw_encoding"].Value = (object?)document.RawEncoding ?? DBNull.Value;
        p["$duplicate_of"].Value = (object?)document.DuplicateOf ?? DBNull.Value;
        p["$added_at"].Value = document.AddedAt.ToString("O", CultureInfo.InvariantCulture);
        p["$signature"].Value = document.Signature is { IsEmpty: false } sig ? sig.ToBytes() : DBNull.Value;
        if (insertDocument.ExecuteNonQuery() == 0)
        {
            return AddOutcome.AlreadyStored;
        }

        if (document.BandKeys.Length == NearDuplicateDetector.Bands)
        {
            for (int i = 0; i < document.BandKeys.Length; i++)
            {
                insertBands.Parameters[i].Value = document.BandKeys[i];
            }

            insertBands.Parameters["$doc"].Value = d.Id;
            insertBands.ExecuteNonQuery();
            return AddOutcome.Added;
        }

        foreach (long key in document.BandKeys)
        {
            insertBand.Parameters["$key"].Value = key;
            insertBand.Parameters["$doc"].Value = d.Id;
            insertBand.ExecuteNonQuery();
        }

        return AddOutcome.Added;
    }

    /// <inheritdoc />
    public Task<bool> ContainsAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        contains.Parameters["$id"].Value = id;
        return Task.FromResult(contains.ExecuteScalar() is not null);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<NearDuplicateCandidate>> FindNearDuplicateCandidatesAsync(IReadOnlyList<long> bandKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bandKeys);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new List<NearDuplicateCandidate>();
        if (bandKeys.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<NearDuplicateCandidate>>(found);
        }

        // The usual case (one key per band) reuses a prepared statement; other counts prepare their own.
        bool prepared = bandKeys.Count == NearDuplicateDetector.Bands;
        SqliteCommand cmd = prepared ? candidates : CandidateCommand(bandKeys.Count);
        try
        {
            for (int i = 0; i < bandKeys.Count; i++)
            {
                cmd.Parameters[i].Value = bandKeys[i];
            }

            ReadCandidates(cmd, found);
        }
        finally
        {
            if (!prepared)
            {
                cmd.Dispose();
            }
        }

        return Task.FromResult<IReadOnlyList<NearDuplicateCandidate>>(found);
    }

    private static void ReadCandidates(SqliteCommand cmd, List<NearDuplicateCandidate> found)
    {
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            found.Add(new NearDuplicateCandidate(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), MinHashSignature.FromBytes((byte[])r[2])));
        }
    }

    private SqliteCommand CandidateCommand(int keys)
    {
        var sql = new StringBuilder("SELECT d.id, d.duplicate_of, d.signature FROM documents d WHERE d.signature IS NOT NULL AND d.id IN (SELECT doc_id FROM document_bands WHERE band_key IN (");
        SqliteCommand cmd = connection.CreateCommand();
        for (int i = 0; i < keys; i++)
        {
            string name = "$k" + i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? name : "," + name);
            cmd.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        sql.Append(")) ORDER BY d.added_at, d.id");
        cmd.CommandText = sql.ToString();
        return cmd;
    }

    /// <inheritdoc />
    public Task<StoredDocument?> GetDocumentAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteCommand cmd = Command("SELECT " + DocumentColumns + " FROM documents WHERE id = $id", ("$id", id));
        using SqliteDataReader r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return Task.FromResult<StoredDocument?>(null);
        }

        var document = new SourceDocument
        {
            Id = r.GetString(0),
            Origin = r.GetString(1),
            Url = NullableString(r, 2),
            Title = NullableString(r, 3),
            Publisher = NullableString(r, 4),
            Published = NullableDate(r, 5),
            PublishedInferred = r.GetInt64(6) != 0,
            Language = NullableString(r, 7),
            Format = r.GetString(8),
            Text = r.GetString(9),
        };
        return Task.FromResult<StoredDocument?>(new StoredDocument
        {
            Document = document,
            Raw = r.IsDBNull(10) ? ReadOnlyMemory<byte>.Empty : (byte[])r[10],
            RawEncoding = NullableString(r, 11),
            DuplicateOf = NullableString(r, 12),
            AddedAt = DateTimeOffset.Parse(r.GetString(13), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        });
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> FindIdsAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteCommand cmd = Command(
            "SELECT id FROM documents WHERE id >= $p AND id < $end ORDER BY id LIMIT $limit",
            ("$p", prefix.ToLowerInvariant()),
            ("$end", prefix.ToLowerInvariant() + "\uffff"),
            ("$limit", limit));
        var ids = new List<string>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            ids.Add(r.GetString(0));
        }

        return Task.FromResult<IReadOnlyList<string>>(ids);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteCommand cmd = Command(
            "SELECT id, origin, title, publisher, url, published, published_inferred, format, length(text), duplicate_of, added_at " +
            "FROM documents ORDER BY published IS NULL, published, id");
        var list = new List<DocumentSummary>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new DocumentSummary
            {
                Id = r.GetString(0),
                Origin = r.GetString(1),
                Title = NullableString(r, 2),
                Publisher = NullableString(r, 3),
                Url = NullableString(r, 4),
                Published = NullableDate(r, 5),
                PublishedInferred = r.GetInt64(6) != 0,
                Format = r.GetString(7),
                Characters = r.GetInt32(8),
                DuplicateOf = NullableString(r, 9),
                AddedAt = DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            });
        }

        return Task.FromResult<IReadOnlyList<DocumentSummary>>(list);
    }

    /// <inheritdoc />
    public Task<int> CountDocumentsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteCommand cmd = Command("SELECT count(*) FROM documents");
        return Task.FromResult(Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public Task<long> StartRunAsync(string command, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteCommand cmd = Command(
            "INSERT INTO runs (command, started_at) VALUES ($c, $t) RETURNING id",
            ("$c", command),
            ("$t", startedAt.ToString("O", CultureInfo.InvariantCulture)));
        return Task.FromResult(Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public Task RecordFailureAsync(long runId, string input, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteCommand cmd = Command(
            "INSERT INTO failures (run_id, input, reason, at) VALUES ($r, $i, $why, $t)",
            ("$r", runId),
            ("$i", input),
            ("$why", reason),
            ("$t", at.ToString("O", CultureInfo.InvariantCulture)));
        cmd.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task FinishRunAsync(long runId, RunCounts counts, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteCommand cmd = Command(
            "UPDATE runs SET finished_at = $t, read = $read, added = $added, duplicates = $dup, near_duplicates = $near, failed = $failed WHERE id = $id",
            ("$t", finishedAt.ToString("O", CultureInfo.InvariantCulture)),
            ("$read", counts.Read),
            ("$added", counts.Added),
            ("$dup", counts.Duplicates),
            ("$near", counts.NearDuplicates),
            ("$failed", counts.Failed),
            ("$id", runId));
        cmd.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteCommand cmd = Command(
            "SELECT id, command, started_at, finished_at, read, added, duplicates, near_duplicates, failed FROM runs WHERE id = $id",
            ("$id", runId));
        using SqliteDataReader r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return Task.FromResult<RunRecord?>(null);
        }

        DateTimeOffset? finished = r.IsDBNull(3) ? null : DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        RunCounts? counts = finished is null ? null : new RunCounts(r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8));
        return Task.FromResult<RunRecord?>(new RunRecord(
            r.GetInt64(0),
            r.GetString(1),
            DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            finished,
            counts));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FailureRecord>> ListFailuresAsync(long runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteCommand cmd = Command("SELECT run_id, input, reason, at FROM failures WHERE run_id = $r ORDER BY id", ("$r", runId));
        var list = new List<FailureRecord>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new FailureRecord(r.GetInt64(0), r.GetString(1), r.GetString(2), DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return Task.FromResult<IReadOnlyList<FailureRecord>>(list);
    }

    /// <inheritdoc />
    public Task ReplaceResultsAsync(string documentId, IReadOnlyCollection<StageResult> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(results);
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteTransaction tx = connection.BeginTransaction();
        foreach (StageResult result in results)
        {
            using SqliteCommand delete = Command("DELETE FROM results WHERE doc_id = $d AND stage = $s", ("$d", documentId), ("$s", result.Stage));
            delete.Transaction = tx;
            delete.ExecuteNonQuery();
            using SqliteCommand insert = Command(
                "INSERT INTO results (doc_id, stage, pipeline_version, json) VALUES ($d, $s, $v, $j)",
                ("$d", documentId),
                ("$s", result.Stage),
                ("$v", result.PipelineVersion),
                ("$j", result.Json));
            insert.Transaction = tx;
            insert.ExecuteNonQuery();
        }

        tx.Commit();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StageResult>> GetResultsAsync(string documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        cancellationToken.ThrowIfCancellationRequested();
        using SqliteCommand cmd = Command("SELECT stage, pipeline_version, json FROM results WHERE doc_id = $d ORDER BY stage", ("$d", documentId));
        var list = new List<StageResult>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new StageResult(r.GetString(0), r.GetString(1), r.GetString(2)));
        }

        return Task.FromResult<IReadOnlyList<StageResult>>(list);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        insertDocument.Dispose();
        insertBand.Dispose();
        insertBands.Dispose();
        contains.Dispose();
        candidates.Dispose();
        connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        SqliteCommand cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach ((string name, object value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        return cmd;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? NullableDate(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
