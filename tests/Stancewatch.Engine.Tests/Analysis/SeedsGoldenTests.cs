using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Json.Schema;
using Stancewatch.Analysis;
using Stancewatch.Analysis.Export;
using Stancewatch.Analysis.Scoring;
using Stancewatch.Extraction.Actors;
using Stancewatch.Knowledge.Actors;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Tokenization;
using Stancewatch.Testing;
using Stancewatch.Text.Reading;

namespace Stancewatch.Engine.Tests.Analysis;

/// <summary>
/// End to end on the two seed articles of ../shared: tokenizer, sentence splitter, actor mentions and the stance
/// analysis, exported as JSON, checked against the shared schema and scored against seeds/expected.json.
/// The floors are the issue's targets for the findings the analysis stage makes (events come from extraction).
/// </summary>
public sealed class SeedsGoldenTests
{
    private static async Task<AnalysisResult> AnalyzeSeedsAsync()
    {
        string docs = SharedData.Require("corpus/seeds/docs");
        var reader = InputReader.CreateDefault(null, new InputReaderOptions());
        var records = new List<DocumentRecords>();
        string root = SharedData.RepositoryRoot;
        string tokenizerDir = Path.Combine(root, "models", "tokenizer");
        var lexicon = File.Exists(Path.Combine(tokenizerDir, "model.json")) ? TokenizerLexicon.Load(tokenizerDir) : TokenizerLexicon.Default;
        var pipeline = new PipelineBuilder().Add(new Tokenizer(lexicon)).Add(new SentenceSplitter(lexicon)).Build();
        var resolver = new MentionResolver(new ActorRegistryLoader().Load(Path.Combine(root, "data", "actors")));
        foreach (string input in reader.Expand([docs]))
        {
            await foreach (var read in reader.ReadAsync(input, TestContext.Current.CancellationToken))
            {
                var source = read.Document!;
                var annotated = pipeline.Annotate(AnnotatedDocument.FromText(source.Id, source.Text));
                records.Add(new DocumentRecords { Source = source, Annotated = annotated, Mentions = resolver.Resolve(annotated, source.Published) });
            }
        }

        var analyzer = new StanceAnalyzer(new CrisisProfileLoader().LoadBuiltIn(), new AnalysisLexiconLoader().LoadDefault());
        return analyzer.Analyze(records);
    }

    [Fact]
    public async Task Seeds_ExportIsValidAgainstTheSharedSchema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(SharedData.Require("contracts/analysis.schema.json")));
        string json = new AnalysisJsonWriter().Write(await AnalyzeSeedsAsync());

        var results = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, string.Join("\n", results.Details.Where(d => d.HasErrors).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values))));
    }

    [Fact]
    public async Task Seeds_FindingsMeetTheFloors()
    {
        var gold = new FindingsFileReader().Read(File.ReadAllText(SharedData.Require("corpus/seeds/expected.json")));
        var score = new FindingsScorer().Score(await AnalyzeSeedsAsync(), gold);
        KindScore Kind(string k) => score.Kinds.Single(s => s.Kind == k);

        Assert.True(Kind("stance").Recall >= 0.85, $"stance recall {Kind("stance").Recall}");
        Assert.True(Kind("stance").Precision >= 0.75, $"stance precision {Kind("stance").Precision}");
        Assert.Equal(Kind("silence").Gold, Kind("silence").Found);
        Assert.Equal(1, Kind("retraction").Found);
        Assert.Equal(6, Kind("dispute").Found);
        Assert.Equal(Kind("vote").Gold, Kind("vote").Found);
        Assert.True(score.Overall.Precision >= 0.75, $"overall precision {score.Overall.Precision}");
    }

    [Fact]
    public async Task Seeds_ProfilesReadAsAnAnalystWould()
    {
        var result = await AnalyzeSeedsAsync();
        var profiles = result.Profiles.ToDictionary(p => p.Actor);

        Assert.Equal("SILENT", profiles["TKM"].Stance);
        Assert.Equal("SILENT", profiles["TJK"].Stance);
        Assert.True(profiles["UZB"].Disputed);
        Assert.Contains(result.Disputes, d => d.Subject.Code == "UZB"
            && d.Accounts.Any(a => a.Claimant.Code == "RUS" && a.Stance == Extraction.Stance.UNDERSTANDING)
            && d.Accounts.Any(a => a.Claimant.Code == "UZB" && a.Stance == Extraction.Stance.NEUTRAL));
        Assert.Equal("NEUTRAL", profiles["KAZ"].Stance);
        Assert.Equal("refused", profiles["KAZ"].Indicators["recognition"]);
        Assert.Equal("refused", profiles["KAZ"].Indicators["troops"]);
        Assert.True(profiles["KGZ"].Disputed);
        Assert.Contains(result.Disputes, d => d.Subject.Code == "KGZ"
            && d.Accounts.Any(a => a.Claimant.Code == "RUS" && a.Stance == Extraction.Stance.SUPPORT)
            && d.Accounts.Any(a => a.Claimant.Code == "KGZ" && a.Stance is null));
    }
}
