using System.Diagnostics;
using System.Text.Json;
using Stancewatch.Analysis.Export;
using Stancewatch.Analysis.Scoring;
using Stancewatch.Extraction;
using Stancewatch.Testing;

namespace Stancewatch.Analysis.Tests.Scoring;

public sealed class FindingsScorerTests
{
    private static readonly FindingsScorer Scorer = new();
    private static readonly FindingsScoreWriter Format = new();

    [Theory]
    [InlineData("corpus/seeds/expected.json", 1, 0.0, DocumentNaming.IdAndPath)]
    [InlineData("corpus/seeds/expected.json", 2, 0.5, DocumentNaming.IdAndPath)]
    [InlineData("corpus/seeds/expected.json", 3, 0.9, DocumentNaming.IdAndPath)]
    [InlineData("corpus/seeds/expected.json", 4, 0.7, DocumentNaming.UrlOnly)]
    [InlineData("corpus/seeds/expected.json", 5, 0.7, DocumentNaming.FileNameAsDoc)]
    [InlineData("corpus/seeds/expected.json", 6, 1.0, DocumentNaming.IdAndPath)]
    [InlineData("corpus/dev/expected.json", 7, 0.0, DocumentNaming.IdAndPath)]
    [InlineData("corpus/dev/expected.json", 8, 0.6, DocumentNaming.IdAndPath)]
    [InlineData("corpus/dev/expected.json", 9, 1.0, DocumentNaming.FileNameAsDoc)]
    public void Scorer_AgreesWithScoreFindingsPy_OnEveryFigure(string goldPath, int seed, double noise, DocumentNaming naming)
    {
        string script = SharedData.Require("tools/score_findings.py");
        string goldFile = SharedData.Require(goldPath);
        var gold = new FindingsFileReader().Read(File.ReadAllText(goldFile));
        var export = GoldDerivedExports.Derive(gold, seed, noise, naming);

        AssertSameAsPython(script, goldFile, gold, export);
    }

    [Fact]
    public void Scorer_AgreesWithScoreFindingsPy_OnAnEmptyExport()
    {
        string script = SharedData.Require("tools/score_findings.py");
        string goldFile = SharedData.Require("corpus/seeds/expected.json");
        var gold = new FindingsFileReader().Read(File.ReadAllText(goldFile));
        var empty = new AnalysisResult { Topic = "t", Documents = [], Events = [], Claims = [], Silences = [], Disputes = [], Profiles = [], Votes = [] };

        AssertSameAsPython(script, goldFile, gold, empty);
    }

    [Fact]
    public void Scorer_PerfectExportScoresOne()
    {
        string goldFile = SharedData.Require("corpus/seeds/expected.json");
        var gold = new FindingsFileReader().Read(File.ReadAllText(goldFile));

        var score = Scorer.Score(GoldDerivedExports.Derive(gold, 1, 0.0), gold);

        Assert.Equal(1.0, score.Overall.Recall);
        Assert.Equal(score.Overall.Gold, score.Overall.Found);
        Assert.Empty(score.Misses);
        Assert.Equal(1.0, score.Overall.Precision); // the invented record lies in a document outside the gold: not counted
    }

    [Fact]
    public void Scorer_ConsultMatchesEitherWayRound_OtherEventsDoNot()
    {
        var gold = Gold("""{"kind":"event","plover":"CONSULT","source":"AAA","target":"BBB","evidence":"The two leaders spoke by phone on Monday."}""",
                        """{"kind":"event","plover":"DEMAND","source":"AAA","target":"BBB","evidence":"The first leader demanded an apology from the second."}""");
        var reversed = Export(
            new Event { Id = "e1", Type = PloverEvent.CONSULT, Source = [new ActorRef("BBB")], Target = [new ActorRef("AAA")], Evidence = Ev("The two leaders spoke by phone on Monday.") },
            new Event { Id = "e2", Type = PloverEvent.DEMAND, Source = [new ActorRef("BBB")], Target = [new ActorRef("AAA")], Evidence = Ev("The first leader demanded an apology from the second.") });

        var row = Scorer.Score(reversed, gold).Kinds.Single(k => k.Kind == "event");

        Assert.Equal((2, 1, 2, 1), (row.Gold, row.Found, row.Predicted, row.Correct));
    }

    [Theory]
    [InlineData("ABSTAIN_OR_ABSENT", VoteChoice.ABSTAIN, true)]
    [InlineData("ABSTAIN_OR_ABSENT", VoteChoice.ABSENT, true)]
    [InlineData("ABSTAIN_OR_ABSENT", VoteChoice.NO, false)]
    [InlineData("ABSTAIN", VoteChoice.ABSTAIN_OR_ABSENT, false)]
    [InlineData("YES", VoteChoice.YES, true)]
    public void Scorer_VoteRule(string goldVote, VoteChoice predicted, bool found)
    {
        var gold = Gold($$"""{"kind":"vote","actor":"AAA","vote":"{{goldVote}}","resolution":"R","evidence":"Three members stayed away from the vote."}""");
        var export = Export() with { Votes = [new Vote { Actor = new ActorRef("AAA"), Resolution = "other", Choice = predicted, Evidence = Ev("Three members stayed away from the vote.") }] };

        Assert.Equal(found ? 1 : 0, Scorer.Score(export, gold).Kinds.Single(k => k.Kind == "vote").Found);
    }

    [Theory]
    [InlineData("one two three four five", "one two three six seven", true)]    // 3 of 5 shared = 60%
    [InlineData("one two three four five", "one two six seven eight", false)]   // 2 of 5
    [InlineData("The minister, said: “no”.", "the MINISTER said no", true)]     // words, not punctuation or case
    [InlineData("cat", "concatenate things", true)]                             // containment is on the joined word string
    [InlineData("", "anything", false)]
    [InlineData("...", "anything", false)]
    public void Overlap_Rule(string predicted, string gold, bool expected) =>
        Assert.Equal(expected, EvidenceOverlap.Overlaps(predicted, gold));

    [Fact]
    public void Words_MatchPythonOnUnicode()
    {
        string[] samples =
        [
            "İstanbul ΟΔΟΣ ΣΑΣ Σ-Σ ΑΣ' naïve naïve x² a_b Ⅻ ٣٤ ½ ǅemal",
            "Қазақстан — Oʻzbekiston; Тоҷикистон’s “neutral” stance‑change (2022) e\u0301té",
            "Straße ΣΊΣΥΦΟΣ ᾼ 𝔘𝔫𝔦 😀word ﬁne",
        ];
        string json;
        try
        {
            json = RunPython("-c", "import json,re,sys,unicodedata; print(json.dumps([re.findall(r'\\w+', unicodedata.normalize('NFC', s).lower()) for s in json.load(sys.stdin)]))",
                JsonSerializer.Serialize(samples));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("python3 is not on PATH; the parity test needs it.");
            return;
        }

        var expected = JsonSerializer.Deserialize<string[][]>(json)!;
        for (int i = 0; i < samples.Length; i++)
        {
            Assert.Equal(expected[i], EvidenceOverlap.Words(samples[i]));
        }
    }

    private static void AssertSameAsPython(string script, string goldFile, FindingsFile gold, AnalysisResult export)
    {
        string exportFile = Path.Combine(Path.GetTempPath(), "stancewatch-findings-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            using (var stream = File.Create(exportFile))
            {
                new AnalysisJsonWriter().Write(export, stream);
            }

            // Score what the reader reads back, as the CLI does.
            var score = Scorer.Score(new AnalysisJsonReader().Read(File.ReadAllText(exportFile)), gold);
            string pythonJson, pythonText;
            try
            {
                pythonJson = RunPython(script, exportFile, goldFile, "--json");
                pythonText = RunPython(script, exportFile, goldFile, "--misses");
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Skip("python3 is not on PATH; the parity test needs it.");
                return;
            }

            using var table = JsonDocument.Parse(pythonJson);
            foreach (var row in score.Rows)
            {
                var p = table.RootElement.GetProperty(row.Kind);
                Assert.Equal(p.GetProperty("gold").GetInt32(), row.Gold);
                Assert.Equal(p.GetProperty("found").GetInt32(), row.Found);
                Assert.Equal(p.GetProperty("predicted").GetInt32(), row.Predicted);
                Assert.Equal(p.GetProperty("correct").GetInt32(), row.Correct);
                Assert.Equal(Number(p.GetProperty("recall")), row.Recall);
                Assert.Equal(Number(p.GetProperty("precision")), row.Precision);
                Assert.Equal(Number(p.GetProperty("f1")), row.F1);
            }

            Assert.Equal(pythonJson, Format.Json(score));
            Assert.Equal(pythonText, Format.Table(score) + Format.Misses(score));
        }
        finally
        {
            File.Delete(exportFile);
        }
    }

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();

    private static string RunPython(params string[] args) => RunPython(args, null);

    private static string RunPython(string flag, string code, string stdin) => RunPython([flag, code], stdin);

    private static string RunPython(string[] args, string? stdin)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "python3 failed: " + stderr.Result);
        return stdout;
    }

    private static FindingsFile Gold(params string[] findings) =>
        new FindingsFileReader().Read($$"""{"topic":"t","documents":[{"file":"doc.md","findings":[{{string.Join(",", findings)}}]}]}""");

    private static Evidence Ev(string text) => new("d1", 0, 0, text.Length, text);

    private static AnalysisResult Export(params Event[] events) => new()
    {
        Topic = "t",
        Documents = [new AnalysisDocument("d1", "in/doc.md", null, null, null, null, false)],
        Events = [.. events],
        Claims = [],
        Silences = [],
        Disputes = [],
        Profiles = [],
        Votes = [],
    };
}
