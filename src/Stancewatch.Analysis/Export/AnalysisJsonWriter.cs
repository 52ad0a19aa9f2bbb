using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Stancewatch.Extraction;

namespace Stancewatch.Analysis.Export;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as the JSON of ../shared/contracts/analysis.schema.json: camelCase field
/// names of the contract, ISO dates (yyyy-MM-dd), enums by name (silence kinds in lower case), nulls written out,
/// and every top-level list in <see cref="AnalysisOrdering.Canonical"/> order, so equal results give equal bytes.
/// Extra fields beyond the contract (events: denied, uncertain, frame, content; claims: reason, uncertain;
/// disputes: note; documents: duplicateOf) are written too; the schema allows them.
/// </summary>
public sealed class AnalysisJsonWriter
{
    private readonly JsonWriterOptions _options;

    /// <summary>A writer that indents (the default, for people and diffs) or writes one line.</summary>
    public AnalysisJsonWriter(bool indented = true)
    {
        _options = new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
    }

    /// <summary>Writes <paramref name="result"/> to <paramref name="stream"/> as UTF-8 JSON (no byte order mark).</summary>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public void Write(AnalysisResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, _options);
        WriteResult(json, AnalysisOrdering.Canonical(result));
        json.Flush();
    }

    /// <summary>The JSON text of <paramref name="result"/>.</summary>
    public string Write(AnalysisResult result)
    {
        using var buffer = new MemoryStream();
        Write(result, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteResult(Utf8JsonWriter w, AnalysisResult r)
    {
        w.WriteStartObject();
        w.WriteString("topic", r.Topic);
        WriteArray(w, "documents", r.Documents, WriteDocument);
        WriteArray(w, "events", r.Events, WriteEvent);
        WriteArray(w, "claims", r.Claims, WriteClaim);
        WriteArray(w, "silences", r.Silences, WriteSilence);
        WriteArray(w, "disputes", r.Disputes, WriteDispute);
        WriteArray(w, "profiles", r.Profiles, WriteProfile);
        WriteArray(w, "votes", r.Votes, WriteVote);
        w.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void WriteDocument(Utf8JsonWriter w, AnalysisDocument d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("path", d.Path);
        w.WriteString("url", d.Url);
        w.WriteString("title", d.Title);
        w.WriteString("publisher", d.Publisher);
        WriteDate(w, "published", d.Published);
        w.WriteBoolean("publishedInferred", d.PublishedInferred);
        w.WriteString("duplicateOf", d.DuplicateOf);
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, Event e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("event", e.Type.ToString());
        w.WriteString("cameo", e.Cameo);
        w.WriteString("mode", e.Mode);
        WriteArray(w, "context", e.Context.IsDefault ? [] : e.Context, (x, s) => x.WriteStringValue(s));

        WriteDate(w, "date", e.Date);
        WriteArray(w, "source", e.Source.IsDefault ? [] : e.Source, (x, a) => WriteActor(x, null, a));
        WriteArray(w, "target", e.Target.IsDefault ? [] : e.Target, (x, a) => WriteActor(x, null, a));
        WriteActor(w, "claimant", e.Claimant);
        w.WriteBoolean("negated", e.Negated);
        w.WriteBoolean("hypothetical", e.Hypothetical);
        w.WriteBoolean("denied", e.Denied);
        w.WriteBoolean("uncertain", e.Uncertain);
        w.WriteString("frame", e.Frame);
        w.WriteString("content", e.Content);
        WriteEvidence(w, "evidence", e.Evidence);
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        WriteActor(w, "subject", c.Subject);
        WriteActor(w, "claimant", c.Claimant);
        w.WriteString("stance", c.Stance.ToString());
        WriteDate(w, "date", c.Date);
        w.WriteString("basis", c.Basis);
        w.WriteString("reason", c.Reason);
        w.WriteBoolean("uncertain", c.Uncertain);
        WriteEvidence(w, "evidence", c.Evidence);
        w.WriteEndObject();
    }

    private static void WriteSilence(Utf8JsonWriter w, Silence s)
    {
        w.WriteStartObject();
        WriteActor(w, "actor", s.Actor);
        WriteActor(w, "claimant", s.Claimant);
        w.WriteString("kind", ExportNames.Of(s.Kind));
        w.WriteBoolean("inferred", s.Inferred);
        WriteDate(w, "date", s.Date);
        WriteEvidence(w, "evidence", s.Evidence);
        w.WriteEndObject();
    }

    private static void WriteDispute(Utf8JsonWriter w, Dispute d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        WriteActor(w, "subject", d.Subject);
        if (d.Interaction is { } i)
        {
            w.WriteStartObject("interaction");
            w.WriteString("event", i.Event);
            WriteArray(w, "participants", i.Participants.IsDefault ? [] : i.Participants, (x, p) => x.WriteStringValue(p));
            WriteDate(w, "date", i.Date);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("interaction");
        }

        WriteArray(w, "accounts", d.Accounts.IsDefault ? [] : d.Accounts, WriteAccount);
        w.WriteString("note", d.Note);
        w.WriteEndObject();
    }

    private static void WriteAccount(Utf8JsonWriter w, Account a)
    {
        w.WriteStartObject();
        WriteActor(w, "claimant", a.Claimant);
        w.WriteString("stance", a.Stance?.ToString());
        WriteEvidence(w, "evidence", a.Evidence);
        w.WriteEndObject();
    }

    private static void WriteProfile(Utf8JsonWriter w, Profile p)
    {
        w.WriteStartObject();
        w.WriteString("actor", p.Actor);
        w.WriteString("stance", p.Stance);
        w.WriteNumber("confidence", p.Confidence);
        w.WriteBoolean("disputed", p.Disputed);
        WriteArray(w, "timeline", p.Timeline.IsDefault ? [] : p.Timeline, WriteTimelineEntry);
        w.WriteStartObject("indicators");
        foreach (var (name, value) in p.Indicators)
        {
            w.WriteString(name, value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTimelineEntry(Utf8JsonWriter w, TimelineEntry t)
    {
        w.WriteStartObject();
        WriteDate(w, "date", t.Date);
        w.WriteString("stance", t.Stance);
        WriteArray(w, "claims", t.Claims.IsDefault ? [] : t.Claims, (x, c) => x.WriteStringValue(c));
        w.WriteEndObject();
    }

    private static void WriteVote(Utf8JsonWriter w, Vote v)
    {
        w.WriteStartObject();
        WriteActor(w, "actor", v.Actor);
        w.WriteString("resolution", v.Resolution);
        w.WriteString("vote", v.Choice.ToString());
        WriteActor(w, "claimant", v.Claimant);
        WriteEvidence(w, "evidence", v.Evidence);
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string? name, ActorRef? a)
    {
        if (name is not null)
        {
            w.WritePropertyName(name);
        }

        if (a is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("code", a.Code);
        w.WriteString("sector", a.Sector);
        w.WriteString("name", a.Name);
        w.WriteString("text", a.Text);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, string name, Evidence? e)
    {
        if (e is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("doc", e.Doc);
        w.WriteNumber("sentence", e.Sentence);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteString("text", e.Text);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString(ExportNames.DateFormat, CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
