using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Html.Parser;
using Stancewatch.Analysis;
using Stancewatch.Analysis.Scoring;
using Stancewatch.Extraction;
using Stancewatch.Reporting.Tests.Browser;
using Stancewatch.Testing;
using Stancewatch.Text;
using Stancewatch.Text.Reading;

namespace Stancewatch.Reporting.Tests;

/// <summary>
/// The report at the corpus's scale, on real article texts read from ../shared at test time: the gold findings of the
/// seed and dev documents turned into records (evidence located in the stored text), rendered, and checked for every
/// finding's sentence found and highlighted in its paragraph, then opened in headless Chromium.
/// </summary>
public sealed class CorpusReportTests
{
    [Fact]
    public async Task Report_OnTheCorpus_HighlightsEveryFindingInItsParagraph()
    {
        var (result, documents) = await CorpusAnalysis();
        string html = HtmlReportWriter.Write(result, documents);
        var page = new HtmlParser().ParseDocument(html);

        var figures = page.QuerySelectorAll("figure.evidence");
        // Reported silences appear twice: under their government and in the silences section.
        int expected = result.Claims.Length + result.Events.Length + result.Votes.Length + (2 * result.Silences.Count(s => s.Evidence is not null))
            + result.Disputes.Sum(d => d.Accounts.Length);
        Assert.Equal(expected, figures.Length);
        int inContext = figures.Count(f => f.QuerySelector("mark") is { } mark && f.QuerySelector("blockquote")!.TextContent.Length > mark.TextContent.Length);
        Assert.True(inContext >= figures.Length * 0.6, $"only {inContext} of {figures.Length} findings show text around their sentence");
        Assert.Empty(page.QuerySelectorAll("blockquote .muted")); // no sentence missing from its document
        var governments = result.Claims.Select(c => c.Subject.Code).Concat(result.Silences.Select(x => x.Actor.Code))
            .Concat(result.Votes.Select(v => v.Actor.Code)).Concat(result.Disputes.Select(d => d.Subject.Code)).ToHashSet(StringComparer.Ordinal);
        governments.Remove("MEDIA");
        Assert.Equal(governments.Count, page.QuerySelectorAll("table.matrix tbody tr").Length);

        if (HeadlessChromium.IsInstalled)
        {
            string file = Path.Combine(Path.GetTempPath(), "stancewatch-corpus-" + Guid.NewGuid().ToString("N") + ".html");
            await File.WriteAllTextAsync(file, html, TestContext.Current.CancellationToken);
            try
            {
                var (dom, log) = new HeadlessChromium().DumpDom(file);
                Assert.Equal("ready", new HtmlParser().ParseDocument(dom).Body?.GetAttribute("data-script"));
                Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
                if (Environment.GetEnvironmentVariable("STANCEWATCH_BROWSER_OUT") is { Length: > 0 } keep)
                {
                    Directory.CreateDirectory(keep);
                    File.Copy(file, Path.Combine(keep, "corpus.html"), overwrite: true);
                }
            }
            finally
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<(AnalysisResult Result, List<SourceDocument> Documents)> CorpusAnalysis()
    {
        var reader = InputReader.CreateDefault(null, new InputReaderOptions());
        var documents = new List<SourceDocument>();
        var analysisDocuments = new List<AnalysisDocument>();
        var events = new List<Event>();
        var claims = new List<Claim>();
        var silences = new List<Silence>();
        var disputes = new List<Dispute>();
        var votes = new List<Vote>();
        foreach (string set in new[] { "corpus/seeds", "corpus/dev" })
        {
            var gold = new FindingsFileReader().Read(await File.ReadAllTextAsync(SharedData.Require(set + "/expected.json"), TestContext.Current.CancellationToken));
            string folder = SharedData.Require(set + "/docs");
            foreach (var findings in gold.Documents)
            {
                string path = Path.Combine(folder, findings.File);
                if (!File.Exists(path))
                {
                    continue;
                }

                SourceDocument? doc = null;
                await foreach (var read in reader.ReadAsync(path, TestContext.Current.CancellationToken))
                {
                    doc ??= read.Document;
                }

                Assert.NotNull(doc);
                documents.Add(doc);
                analysisDocuments.Add(new AnalysisDocument(doc.Id, path, doc.Url, doc.Title, doc.Publisher, doc.Published, doc.PublishedInferred));
                int n = 0;
                foreach (var f in findings.Findings)
                {
                    string id = doc.Id[..6] + "-" + (n++).ToString(CultureInfo.InvariantCulture);
                    Evidence Ev(string? text)
                    {
                        text ??= "";
                        int at = doc.Text.IndexOf(text, StringComparison.Ordinal);
                        return at < 0 ? new Evidence(doc.Id, 0, 0, 0, text) : new Evidence(doc.Id, 0, at, at + text.Length, text);
                    }

                    DateOnly? date = f["date"] is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
                    switch (f.Kind)
                    {
                        case "event" when Enum.TryParse<PloverEvent>(f["plover"], out var type):
                            events.Add(new Event
                            {
                                Id = id, Type = type, Date = date, Source = [new ActorRef(f["source"] ?? "")], Target = [new ActorRef(f["target"] ?? "")],
                                Claimant = f["claimant"] is { } c ? new ActorRef(c) : null, Evidence = Ev(f["evidence"]),
                            });
                            break;
                        case "stance" when Enum.TryParse<Stance>(f["stance"], out var stance):
                            claims.Add(new Claim
                            {
                                Id = id, Subject = new ActorRef(f["actor"] ?? ""), Claimant = new ActorRef(f["claimant"] ?? "MEDIA"), Stance = stance, Date = date,
                                Reason = f["note"], Uncertain = f["uncertain"] is not null, Evidence = Ev(f["evidence"]),
                            });
                            break;
                        case "silence" or "retraction":
                            silences.Add(new Silence
                            {
                                Actor = new ActorRef(f["actor"] ?? ""), Claimant = new ActorRef(f["claimant"] ?? "MEDIA"),
                                Kind = f.Kind == "retraction" ? SilenceKind.Retraction : SilenceKind.Silence, Date = doc.Published, Evidence = Ev(f["evidence"]),
                            });
                            break;
                        case "dispute":
                            disputes.Add(new Dispute
                            {
                                Id = id, Subject = new ActorRef(f["actor"] ?? ""), Note = f["interaction"],
                                Accounts = [new Account(new ActorRef(f["claimant_a"] ?? ""), null, Ev(f["evidence_a"])), new Account(new ActorRef(f["claimant_b"] ?? ""), null, Ev(f["evidence_b"]))],
                            });
                            break;
                        case "vote" when Enum.TryParse<VoteChoice>(f["vote"], out var choice):
                            votes.Add(new Vote { Actor = new ActorRef(f["actor"] ?? ""), Resolution = f["resolution"] ?? "", Choice = choice, Evidence = Ev(f["evidence"]) });
                            break;
                    }
                }
            }
        }

        // A plain stand-in for the profile builder: the latest dated claim, else the last one, per subject.
        var profiles = claims.GroupBy(c => c.Subject.Code, StringComparer.Ordinal).Select(g => new Profile
        {
            Actor = g.Key,
            Stance = g.OrderBy(c => c.Date ?? DateOnly.MinValue).Last().Stance.ToString(),
            Confidence = Math.Min(1.0, g.Count() / 10.0),
            Disputed = disputes.Any(d => d.Subject.Code == g.Key),
            Timeline = [.. g.Where(c => c.Date is not null).GroupBy(c => c.Date).OrderBy(x => x.Key).Select(x => new TimelineEntry(x.Key, x.Last().Stance.ToString(), [.. x.Select(c => c.Id)]))],
        }).ToImmutableArray();
        var result = new AnalysisResult
        {
            Topic = "russia-invasion-of-ukraine",
            Documents = [.. analysisDocuments],
            Events = [.. events],
            Claims = [.. claims],
            Silences = [.. silences],
            Disputes = [.. disputes],
            Profiles = profiles,
            Votes = [.. votes],
        };
        return (result, documents);
    }
}
