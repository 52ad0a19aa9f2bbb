using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Stancewatch.Analysis.Export;
using Stancewatch.Analysis.Tests.Support;
using Stancewatch.Extraction;
using Stancewatch.Testing;

namespace Stancewatch.Analysis.Tests.Export;

public sealed class AnalysisJsonWriterTests
{
    private static readonly AnalysisJsonWriter Writer = new();
    private static readonly AnalysisJsonReader Reader = new();

    [Fact]
    public void Writer_RichResult_IsValidAgainstTheSharedSchema()
    {
        string schemaPath = SharedData.Require("contracts/analysis.schema.json");
        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath));
        string json = Writer.Write(SampleAnalysis.Rich());

        var results = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, "export is not valid against the schema:\n" + Describe(results));
    }

    [Fact]
    public void Writer_SchemaCatchesABrokenExport()
    {
        // Guards the test above: the schema evaluation must be able to fail.
        string schemaPath = SharedData.Require("contracts/analysis.schema.json");
        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath));
        var node = JsonNode.Parse(Writer.Write(SampleAnalysis.Rich()))!;
        node["claims"]![0]!["stance"] = "FOR";
        node["documents"]![0]!["published"] = "17 March 2022";

        var results = schema.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(results.IsValid);
    }

    [Fact]
    public void Writer_RoundTripsThroughTheReader()
    {
        string first = Writer.Write(SampleAnalysis.Rich());
        var read = Reader.Read(first);
        string second = Writer.Write(read);

        Assert.Equal(first, second);
        Assert.Equal(3, read.Events.Length);
        Assert.Equal(5, read.Claims.Length);
        Assert.Null(read.Silences.Single(s => s.Inferred).Evidence);
        Assert.Null(read.Disputes[0].Accounts.Single(a => a.Claimant.Code == "UZB").Stance);
        Assert.Equal(new DateOnly(2022, 3, 2), read.Disputes[0].Interaction!.Date);
        Assert.Equal("refused", read.Profiles.Single(p => p.Actor == "KAZ").Indicators["troops"]);
    }

    [Fact]
    public void Writer_UsesTheContractsNamesAndFormats()
    {
        using var doc = JsonDocument.Parse(Writer.Write(SampleAnalysis.Rich()));
        var root = doc.RootElement;

        var consult = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("event").GetString() == "CONSULT");
        Assert.Equal("2022-03-02", consult.GetProperty("date").GetString());
        Assert.Equal("RUS", consult.GetProperty("source")[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, consult.GetProperty("claimant").ValueKind);
        Assert.Equal("CONSULT", root.GetProperty("disputes")[0].GetProperty("interaction").GetProperty("event").GetString());

        var kinds = root.GetProperty("silences").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["omission", "retraction", "silence", "silence"], kinds);
        Assert.Equal("ABSTAIN_OR_ABSENT", root.GetProperty("votes").EnumerateArray()
            .Single(v => v.GetProperty("actor").GetProperty("code").GetString() == "KGZ").GetProperty("vote").GetString());
        var documents = root.GetProperty("documents");
        Assert.True(documents[1].GetProperty("publishedInferred").GetBoolean());
        Assert.Equal("Tashkent’s line", documents[1].GetProperty("title").GetString());
    }

    [Fact]
    public void Writer_OrdersDeterministically_WhateverTheInputOrder()
    {
        var rich = SampleAnalysis.Rich();
        var shuffled = rich with
        {
            Documents = [.. rich.Documents.Reverse()],
            Events = [.. rich.Events.Reverse()],
            Claims = [.. rich.Claims.Reverse()],
            Silences = [.. rich.Silences.Reverse()],
            Profiles = [.. rich.Profiles.Reverse()],
            Votes = [.. rich.Votes.Reverse()],
        };

        Assert.Equal(Writer.Write(rich), Writer.Write(shuffled));
        var read = Reader.Read(Writer.Write(shuffled));
        Assert.Equal(["samples/a-kazakhstan.md", "samples/b-uzbekistan.md"], read.Documents.Select(d => d.Path));
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], read.Profiles.Select(p => p.Actor));
        Assert.Equal(["e2", "e1", "e3"], read.Events.Select(e => e.Id));
        Assert.Null(read.Silences[^1].Evidence);
    }

    [Theory]
    [InlineData("""{"topic":"t","documents":[],"events":[],"claims":[{"id":"c","subject":"KAZ","claimant":"KAZ","stance":"FOR","evidence":{"doc":"d","sentence":0,"start":0,"end":1,"text":"x"}}],"silences":[],"disputes":[],"profiles":[],"votes":[]}""", "$.claims[0].stance")]
    [InlineData("""{"topic":"t","documents":[{"id":"d","path":"p","published":"3/3/2022"}],"events":[],"claims":[],"silences":[],"disputes":[],"profiles":[],"votes":[]}""", "$.documents[0].published")]
    [InlineData("""{"topic":"t","documents":[],"events":[],"claims":[],"silences":[],"disputes":[],"profiles":[]}""", "$: missing 'votes'")]
    [InlineData("""{"topic":"t","documents":[],"events":[],"claims":[],"silences":[{"actor":{"code":"TKM"},"claimant":"MEDIA","kind":"quiet","inferred":true,"evidence":null}],"disputes":[],"profiles":[],"votes":[]}""", "$.silences[0].kind")]
    public void Reader_NamesThePathOfABadValue(string json, string expectedStart)
    {
        var ex = Assert.Throws<JsonException>(() => Reader.Read(json));
        Assert.StartsWith(expectedStart, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_AcceptsBareActorCodesAndMissingOptionalFields()
    {
        const string json = """
            {"topic":"t","documents":[{"id":"d1","path":"x/one.md"}],
             "events":[{"id":"e","event":"CONSULT","source":["RUS"],"target":[{"code":"KAZ"}],"negated":false,"hypothetical":false,
                        "evidence":{"doc":"d1","sentence":2,"start":5,"end":9,"text":"They spoke."}}],
             "claims":[],"silences":[],"disputes":[],"profiles":[{"actor":"KAZ","stance":"UNKNOWN","timeline":[]}],"votes":[]}
            """;

        var result = Reader.Read(json);

        Assert.Equal(new ActorRef("RUS"), result.Events[0].Source[0]);
        Assert.Null(result.Events[0].Claimant);
        Assert.Null(result.Documents[0].Published);
        Assert.Equal("UNKNOWN", result.Profiles[0].Stance);
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));
}
