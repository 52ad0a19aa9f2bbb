using System.Collections.Immutable;
using System.Globalization;
using Stancewatch.Analysis.Scoring;
using Stancewatch.Extraction;

namespace Stancewatch.Analysis.Tests.Scoring;

/// <summary>
/// Builds exports from a findings file at test time (its evidence is third-party text and never stored here):
/// each gold finding becomes a predicted record that is exact or, with probability <c>noise</c>, a near miss —
/// evidence cut short, words replaced around the 60% line, case and punctuation changed, evidence borrowed from
/// another finding; a key field changed (code, stance, vote, CONSULT direction, silence kind); the record dropped,
/// doubled, or moved to an unscored form (inferred silence, STATEMENT event).
/// </summary>
internal static class GoldDerivedExports
{
    public static AnalysisResult Derive(FindingsFile gold, int seed, double noise, DocumentNaming naming = DocumentNaming.IdAndPath)
    {
        var random = new Random(seed);
        var documents = new List<AnalysisDocument>();
        var events = new List<Event>();
        var claims = new List<Claim>();
        var silences = new List<Silence>();
        var disputes = new List<Dispute>();
        var votes = new List<Vote>();
        var files = gold.Documents.Select(d => d.File).Append("not-in-gold.md").ToList();
        for (int i = 0; i < files.Count; i++)
        {
            string id = naming == DocumentNaming.FileNameAsDoc ? files[i] : "d" + i.ToString(CultureInfo.InvariantCulture);
            switch (naming)
            {
                case DocumentNaming.IdAndPath:
                    documents.Add(new AnalysisDocument(id, "corpus/docs/" + files[i], null, null, null, null, false));
                    break;
                case DocumentNaming.UrlOnly:
                    documents.Add(new AnalysisDocument(id, "", "https://example.org/news/" + files[i] + "/", null, null, null, false));
                    break;
                case DocumentNaming.FileNameAsDoc:
                    break;
            }
        }

        string DocId(int fileIndex) => naming == DocumentNaming.FileNameAsDoc ? files[fileIndex] : "d" + fileIndex.ToString(CultureInfo.InvariantCulture);

        var allEvidence = gold.Documents.SelectMany(d => d.Findings).Select(f => f["evidence"] ?? f["evidence_a"] ?? "").ToList();
        int n = 0;
        var golds = gold.Documents.SelectMany((d, fi) => d.Findings.Select(f => (f, fi)))
            .Append((new GoldFinding("event", [Field("plover", "SANCTION"), Field("source", "USA"), Field("target", "RUS"), Field("evidence", "An invented sentence about sanctions.")]), files.Count - 1));
        foreach (var (g, fileIndex) in golds)
        {
            bool perturb = random.NextDouble() < noise;
            int copies = perturb && random.Next(8) == 0 ? 0 : perturb && random.Next(8) == 0 ? 2 : 1;
            for (int copy = 0; copy < copies; copy++)
            {
                string doc = perturb && random.Next(12) == 0 ? DocId(random.Next(files.Count)) : DocId(fileIndex);
                string text = perturb && random.Next(2) == 0 ? Perturb(g["evidence"] ?? g["evidence_a"] ?? "", allEvidence, random) : g["evidence"] ?? g["evidence_a"] ?? "";
                var evidence = new Evidence(doc, n % 7, 0, text.Length, text);
                string id = "r" + (n++).ToString(CultureInfo.InvariantCulture);
                int field = perturb ? random.Next(3) : -1;
                switch (g.Kind)
                {
                    case "event":
                        var type = Enum.TryParse<PloverEvent>(g["plover"], out var t) ? t : PloverEvent.STATEMENT;
                        var source = Actors(g["source"]);
                        var target = Actors(g["target"]);
                        if (field == 0)
                        {
                            (source, target) = (target, source);
                        }
                        else if (field == 1)
                        {
                            type = random.Next(3) == 0 ? PloverEvent.STATEMENT : (PloverEvent)random.Next(20);
                        }
                        else if (field == 2)
                        {
                            source = source.Add(new ActorRef(OtherCode(random)));
                            target = random.Next(2) == 0 ? [] : target;
                        }

                        events.Add(new Event { Id = id, Type = type, Source = source, Target = target, Evidence = evidence });
                        break;
                    case "stance":
                        var stance = Enum.TryParse<Stance>(g["stance"], out var s) ? s : Stance.NEUTRAL;
                        string subject = g["actor"] ?? "", claimant = g["claimant"] ?? "";
                        if (field == 0)
                        {
                            stance = (Stance)(((int)stance + 1 + random.Next(4)) % 5);
                        }
                        else if (field == 1)
                        {
                            claimant = random.Next(2) == 0 ? subject : "MEDIA";
                        }
                        else if (field == 2)
                        {
                            subject = OtherCode(random);
                        }

                        claims.Add(new Claim { Id = id, Subject = new ActorRef(subject), Claimant = new ActorRef(claimant), Stance = stance, Evidence = evidence });
                        break;
                    case "silence" or "retraction":
                        var kind = g.Kind == "retraction" ? SilenceKind.Retraction : random.Next(2) == 0 ? SilenceKind.Silence : SilenceKind.Omission;
                        bool inferred = false;
                        string actor = g["actor"] ?? "";
                        if (field == 0)
                        {
                            kind = kind == SilenceKind.Retraction ? SilenceKind.Silence : SilenceKind.Retraction;
                        }
                        else if (field == 1)
                        {
                            inferred = true;
                        }
                        else if (field == 2)
                        {
                            actor = OtherCode(random);
                        }

                        silences.Add(new Silence
                        {
                            Actor = new ActorRef(actor), Claimant = new ActorRef(g["claimant"] ?? "MEDIA"), Kind = kind, Inferred = inferred,
                            Evidence = inferred && random.Next(2) == 0 ? null : evidence,
                        });
                        break;
                    case "dispute":
                        string b = g["evidence_b"] ?? "";
                        var accounts = ImmutableArray.Create(
                            new Account(new ActorRef(g["claimant_a"] ?? ""), Stance.SUPPORT, evidence),
                            new Account(new ActorRef(g["claimant_b"] ?? ""), null, new Evidence(field == 1 ? DocId(random.Next(files.Count)) : doc, 0, 0, b.Length, b)));
                        if (field == 0)
                        {
                            accounts = [accounts[0]];
                        }
                        else if (field == 2)
                        {
                            accounts = [accounts[0] with { Evidence = evidence with { Text = "Nothing in common here at all." } }, accounts[1] with { Evidence = evidence with { Text = "" } }];
                        }

                        disputes.Add(new Dispute { Id = id, Subject = new ActorRef(g["actor"] ?? ""), Accounts = accounts });
                        break;
                    case "vote":
                        var choice = Enum.TryParse<VoteChoice>(g["vote"], out var v) ? v : VoteChoice.YES;
                        if (field >= 0)
                        {
                            choice = (VoteChoice)random.Next(5);
                        }

                        votes.Add(new Vote { Actor = new ActorRef(g["actor"] ?? ""), Resolution = g["resolution"] ?? "", Choice = choice, Evidence = evidence });
                        break;
                }
            }
        }

        return new AnalysisResult
        {
            Topic = gold.Topic ?? "topic",
            Documents = [.. documents],
            Events = [.. events],
            Claims = [.. claims],
            Silences = [.. silences],
            Disputes = [.. disputes],
            Profiles = [],
            Votes = [.. votes],
        };
    }

    private static KeyValuePair<string, System.Text.Json.Nodes.JsonNode?> Field(string name, string value) => new(name, value);

    private static ImmutableArray<ActorRef> Actors(string? code) => code is null ? [] : [new ActorRef(code)];

    private static string OtherCode(Random random) => new[] { "KAZ", "KGZ", "TJK", "TKM", "UZB", "RUS", "UKR", "MEDIA", "CHN" }[random.Next(9)];

    private static string Perturb(string text, List<string> others, Random random)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (random.Next(7))
        {
            case 0:
                return string.Join(' ', words.Take(Math.Max(1, (int)(words.Length * (0.3 + (random.NextDouble() * 0.6))))));
            case 1:
                // Replace every k-th word: k = 2 keeps about half, k = 3 about two thirds, straddling the 60% rule.
                int k = 2 + random.Next(3);
                return string.Join(' ', words.Select((w, i) => i % k == 0 ? "zq" + i.ToString(CultureInfo.InvariantCulture) : w));
            case 2:
                return text.ToUpperInvariant().Replace(",", " ;", StringComparison.Ordinal).Replace("’", "'", StringComparison.Ordinal);
            case 3:
                return others[random.Next(others.Count)];
            case 4:
                return others[random.Next(others.Count)] + " " + text;
            case 5:
                return "";
            default:
                return string.Join(' ', words.Reverse());
        }
    }
}
