using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Stancewatch.Extraction;

namespace Stancewatch.Analysis.Export;

/// <summary>
/// Reads an export written by <see cref="AnalysisJsonWriter"/> (or any JSON of ../shared/contracts/analysis.schema.json)
/// back into an <see cref="AnalysisResult"/>, keeping the order of the file. Optional fields may be absent; an actor
/// may also be given as a bare code string. A malformed file throws a <see cref="JsonException"/> whose message
/// starts with the JSON path of the offending value (e.g. <c>$.claims[3].stance: 'FOR' is not a Stance</c>).
/// </summary>
public sealed class AnalysisJsonReader
{
    /// <summary>Reads one export from <paramref name="stream"/> (UTF-8).</summary>
    /// <exception cref="JsonException">The text is not JSON or does not have the shape of the contract.</exception>
    public AnalysisResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return ReadResult(doc.RootElement);
    }

    /// <summary>Reads one export from its JSON text.</summary>
    /// <exception cref="JsonException">The text is not JSON or does not have the shape of the contract.</exception>
    public AnalysisResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return ReadResult(doc.RootElement);
    }

    private static AnalysisResult ReadResult(JsonElement root)
    {
        const string path = "$";
        Expect(root, JsonValueKind.Object, path);
        return new AnalysisResult
        {
            Topic = RequiredString(root, "topic", path),
            Documents = Array(root, "documents", path, ReadDocument),
            Events = Array(root, "events", path, ReadEvent),
            Claims = Array(root, "claims", path, ReadClaim),
            Silences = Array(root, "silences", path, ReadSilence),
            Disputes = Array(root, "disputes", path, ReadDispute),
            Profiles = Array(root, "profiles", path, ReadProfile),
            Votes = Array(root, "votes", path, ReadVote),
        };
    }

    private static AnalysisDocument ReadDocument(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path);
        return new AnalysisDocument(
            RequiredString(e, "id", path),
            OptionalString(e, "path", path) ?? OptionalString(e, "url", path) ?? "",
            OptionalString(e, "url", path),
            OptionalString(e, "title", path),
            OptionalString(e, "publisher", path),
            OptionalDate(e, "published", path),
            OptionalBool(e, "publishedInferred", path),
            OptionalString(e, "duplicateOf", path));
    }

    private static Event ReadEvent(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path);
        return new Event
        {
            Id = RequiredString(e, "id", path),
            Type = RequiredEnum<PloverEvent>(e, "event", path),
            Cameo = OptionalString(e, "cameo", path),
            Mode = OptionalString(e, "mode", path),
            Context = Property(e, "context") is { ValueKind: JsonValueKind.Array } context
                ? Items(context, path + ".context", (x, p) => AsString(x, p))
                : [],
            Date = OptionalDate(e, "date", path),
            Source = Array(e, "source", path, ReadActor),
            Target = Array(e, "target", path, ReadActor),
            Claimant = OptionalActor(e, "claimant", path),
            Negated = OptionalBool(e, "negated", path),
            Hypothetical = OptionalBool(e, "hypothetical", path),
            Denied = OptionalBool(e, "denied", path),
            Uncertain = OptionalBool(e, "uncertain", path),
            Frame = OptionalString(e, "frame", path),
            Content = OptionalString(e, "content", path),
            Evidence = RequiredEvidence(e, "evidence", path),
        };
    }

    private static Claim ReadClaim(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path);
        return new Claim
        {
            Id = RequiredString(e, "id", path),
            Subject = RequiredActor(e, "subject", path),
            Claimant = RequiredActor(e, "claimant", path),
            Stance = RequiredEnum<Stance>(e, "stance", path),
            Date = OptionalDate(e, "date", path),
            Basis = OptionalString(e, "basis", path),
            Reason = OptionalString(e, "reason", path),
            Uncertain = OptionalBool(e, "uncertain", path),
            Evidence = RequiredEvidence(e, "evidence", path),
        };
    }

    private static Silence ReadSilence(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path);
        SilenceKind? kind;
        try
        {
            kind = ExportNames.ParseSilenceKind(OptionalString(e, "kind", path));
        }
        catch (FormatException ex)
        {
            throw Error(path + ".kind", ex.Message);
        }

        return new Silence
        {
            Actor = RequiredActor(e, "actor", path),
            Claimant = RequiredActor(e, "claimant", path),
            Kind = kind ?? SilenceKind.Silence,
            Inferred = OptionalBool(e, "inferred", path),
            Date = OptionalDate(e, "date", path),
            Evidence = Property(e, "evidence") is { ValueKind: not JsonValueKind.Null } ev ? ReadEvidence(ev, path + ".evidence") : null,
        };
    }

    private static Dispute ReadDispute(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path);
        Interaction? interaction = null;
        if (Property(e, "interaction") is { ValueKind: not JsonValueKind.Null } i)
        {
            string ip = path + ".interaction";
            Expect(i, JsonValueKind.Object, ip);
            interaction = new Interaction(
                OptionalString(i, "event", ip) ?? "",
                Array(i, "participants", ip, AsString, required: false),
                OptionalDate(i, "date", ip));
        }

        return new Dispute
        {
            Id = RequiredString(e, "id", path),
            Subject = RequiredActor(e, "subject", path),
            Interaction = interaction,
            Accounts = Array(e, "accounts", path, ReadAccount),
            Note = OptionalString(e, "note", path),
        };
    }

    private static Account ReadAccount(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path);
        return new Account(
            RequiredActor(e, "claimant", path),
            OptionalString(e, "stance", path) is { } s ? ParseEnum<Stance>(s, path + ".stance") : null,
            RequiredEvidence(e, "evidence", path));
    }

    private static Profile ReadProfile(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path);
        var indicators = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (Property(e, "indicators") is { ValueKind: JsonValueKind.Object } ind)
        {
            foreach (var p in ind.EnumerateObject())
            {
                indicators[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
            }
        }

        double confidence = 0;
        if (Property(e, "confidence") is { ValueKind: not JsonValueKind.Null } c)
        {
            Expect(c, JsonValueKind.Number, path + ".confidence");
            confidence = c.GetDouble();
        }

        return new Profile
        {
            Actor = RequiredString(e, "actor", path),
            Stance = RequiredString(e, "stance", path),
            Confidence = confidence,
            Disputed = OptionalBool(e, "disputed", path),
            Timeline = Array(e, "timeline", path, ReadTimelineEntry),
            Indicators = indicators.ToImmutable(),
        };
    }

    private static TimelineEntry ReadTimelineEntry(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path);
        return new TimelineEntry(
            OptionalDate(e, "date", path),
            OptionalString(e, "stance", path) ?? "",
            Array(e, "claims", path, AsString, required: false));
    }

    private static Vote ReadVote(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path);
        return new Vote
        {
            Actor = RequiredActor(e, "actor", path),
            Resolution = RequiredString(e, "resolution", path),
            Choice = RequiredEnum<VoteChoice>(e, "vote", path),
            Claimant = OptionalActor(e, "claimant", path),
            Evidence = RequiredEvidence(e, "evidence", path),
        };
    }

    private static ActorRef ReadActor(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            return new ActorRef(e.GetString()!);
        }

        Expect(e, JsonValueKind.Object, path);
        return new ActorRef(
            RequiredString(e, "code", path),
            OptionalString(e, "sector", path),
            OptionalString(e, "name", path),
            OptionalString(e, "text", path));
    }

    private static ActorRef RequiredActor(JsonElement e, string name, string path) =>
        ReadActor(Required(e, name, path), path + "." + name);

    private static ActorRef? OptionalActor(JsonElement e, string name, string path) =>
        Property(e, name) is { ValueKind: not JsonValueKind.Null } a ? ReadActor(a, path + "." + name) : null;

    private static Evidence ReadEvidence(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path);
        return new Evidence(
            RequiredString(e, "doc", path),
            RequiredInt(e, "sentence", path),
            RequiredInt(e, "start", path),
            RequiredInt(e, "end", path),
            RequiredString(e, "text", path));
    }

    private static Evidence RequiredEvidence(JsonElement e, string name, string path) =>
        ReadEvidence(Required(e, name, path), path + "." + name);

    private static ImmutableArray<T> Array<T>(JsonElement e, string name, string path, Func<JsonElement, string, T> read, bool required = true)
    {
        var value = Property(e, name);
        if (value is null || value.Value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw Error(path, $"missing '{name}'") : [];
        }

        return Items(value.Value, path + "." + name, read);
    }

    private static ImmutableArray<T> Items<T>(JsonElement array, string path, Func<JsonElement, string, T> read)
    {
        Expect(array, JsonValueKind.Array, path);
        var items = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            items.Add(read(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]")));
        }

        return items.MoveToImmutable();
    }

    private static JsonElement? Property(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v : null;

    private static JsonElement Required(JsonElement e, string name, string path) =>
        Property(e, name) is { ValueKind: not JsonValueKind.Null } v ? v : throw Error(path, $"missing '{name}'");

    private static string RequiredString(JsonElement e, string name, string path) => AsString(Required(e, name, path), path + "." + name);

    private static string? OptionalString(JsonElement e, string name, string path) =>
        Property(e, name) is { ValueKind: not JsonValueKind.Null } v ? AsString(v, path + "." + name) : null;

    private static string AsString(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.String, path);
        return e.GetString()!;
    }

    private static int RequiredInt(JsonElement e, string name, string path)
    {
        var v = Required(e, name, path);
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i)
            ? i
            : throw Error(path + "." + name, $"{v.GetRawText()} is not an integer");
    }

    private static bool OptionalBool(JsonElement e, string name, string path)
    {
        var v = Property(e, name);
        return v?.ValueKind switch
        {
            null or JsonValueKind.Null => false,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(path + "." + name, $"{v.Value.GetRawText()} is not true or false"),
        };
    }

    private static DateOnly? OptionalDate(JsonElement e, string name, string path)
    {
        string? s = OptionalString(e, name, path);
        if (s is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(s, ExportNames.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error(path + "." + name, $"'{s}' is not a date (expected yyyy-MM-dd)");
    }

    private static T RequiredEnum<T>(JsonElement e, string name, string path)
        where T : struct, Enum => ParseEnum<T>(RequiredString(e, name, path), path + "." + name);

    private static T ParseEnum<T>(string s, string path)
        where T : struct, Enum =>
        Enum.TryParse<T>(s, ignoreCase: false, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(s[0])
            ? value
            : throw Error(path, $"'{s}' is not one of {string.Join(", ", Enum.GetNames<T>())}");

    private static void Expect(JsonElement e, JsonValueKind kind, string path)
    {
        if (e.ValueKind != kind)
        {
            throw Error(path, $"expected {kind.ToString().ToLowerInvariant()}, found {e.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    private static JsonException Error(string path, string reason) => new($"{path}: {reason}", path, null, null);
}
