using System.Collections.Immutable;
using Stancewatch.Analysis;
using Stancewatch.Extraction;
using Stancewatch.Text;

namespace Stancewatch.Analysis.Tests.Support;

/// <summary>
/// A rich hand-made analysis of two short documents written for the tests (our own sentences): every record kind,
/// null and non-null optional fields, non-ASCII text and characters that must be escaped in JSON and HTML.
/// </summary>
public static class SampleAnalysis
{
    public static readonly string[][] ParagraphsA =
    [
        ["Astana, 3 March 2022.", "Kazakhstan will not recognise the breakaway republics, Foreign Minister Mukhtar Tileuberdi told reporters on Friday.", "The Kazakh government said it would not send troops to Ukraine."],
        ["Russia’s president phoned his Uzbek counterpart on 2 March, and the Kremlin said Tashkent showed “understanding” of Moscow’s actions.", "Uzbekistan’s own readout of the call mentioned only trade and <b>energy</b> & nothing else."],
        ["Turkmenistan made no statement on the war.", "At the United Nations, Kyrgyzstan did not vote on the resolution of 2 March — Қазақстан voted “no” to nothing."],
    ];

    public static readonly string[][] ParagraphsB =
    [
        ["Tashkent, 17 March 2022.", "Uzbekistan’s foreign minister said his country does not recognise the separatist regions and called for an end to the fighting."],
        ["A post on the Kyrgyz president’s website praising the operation was deleted within hours.", "Tajikistan’s state media stayed quiet about the fighting <script>alert('x')</script>."],
    ];

    /// <summary>The documents with their full texts.</summary>
    public static ImmutableArray<SourceDocument> Documents { get; } =
    [
        Document("samples/a-kazakhstan.md", ParagraphsA, "Kazakhstan keeps its distance", "Steppe Wire", new DateOnly(2022, 3, 3), inferred: false, url: "https://example.org/a?x=1&y=2"),
        Document("samples/b-uzbekistan.md", ParagraphsB, "Tashkent’s line", null, new DateOnly(2022, 3, 17), inferred: true, url: null),
    ];

    public static SourceDocument A => Documents[0];

    public static SourceDocument B => Documents[1];

    /// <summary>Evidence for sentence <paramref name="sentence"/> (0-based over the whole document) of <paramref name="doc"/>.</summary>
    public static Evidence Sentence(SourceDocument doc, int sentence)
    {
        var paragraphs = ReferenceEquals(doc, A) || doc.Id == A.Id ? ParagraphsA : ParagraphsB;
        string text = paragraphs.SelectMany(p => p).ElementAt(sentence);
        int start = doc.Text.IndexOf(text, StringComparison.Ordinal);
        return new Evidence(doc.Id, sentence, start, start + text.Length, text);
    }

    /// <summary>Evidence for the clause <paramref name="clause"/> inside sentence <paramref name="sentence"/>.</summary>
    public static Evidence Clause(SourceDocument doc, int sentence, string clause)
    {
        var s = Sentence(doc, sentence);
        int start = doc.Text.IndexOf(clause, s.Start, StringComparison.Ordinal);
        return s with { Start = start, End = start + clause.Length };
    }

    /// <summary>A result holding every kind of record, deliberately listed out of canonical order.</summary>
    public static AnalysisResult Rich()
    {
        var kaz = new ActorRef("KAZ", "GOV", "Mukhtar Tileuberdi", "Foreign Minister Mukhtar Tileuberdi");
        var rus = new ActorRef("RUS", "GOV", null, "the Kremlin");
        var uzb = new ActorRef("UZB", "GOV", null, "Uzbekistan’s");
        var kgz = new ActorRef("KGZ", "GOV", null, "Kyrgyz president’s");
        return new AnalysisResult
        {
            Topic = "russia-invasion-of-ukraine",
            Documents =
            [
                new AnalysisDocument(B.Id, B.Origin, B.Url, B.Title, B.Publisher, B.Published, B.PublishedInferred),
                new AnalysisDocument(A.Id, A.Origin, A.Url, A.Title, A.Publisher, A.Published, A.PublishedInferred),
            ],
            Events =
            [
                new Event
                {
                    Id = "e3", Type = PloverEvent.CONSULT, Cameo = "040", Mode = "phone", Context = ["diplomatic"],
                    Date = new DateOnly(2022, 3, 2), Source = [new ActorRef("RUS", "GOV", "Vladimir Putin", "Russia’s president")],
                    Target = [new ActorRef("UZB", "GOV", "Shavkat Mirziyoyev", "his Uzbek counterpart")],
                    Evidence = Sentence(A, 3),
                },
                new Event
                {
                    Id = "e1", Type = PloverEvent.MOBILIZE, Date = new DateOnly(2022, 3, 3), Source = [kaz with { Sector = "MIL" }],
                    Target = [new ActorRef("UKR")], Negated = true, Hypothetical = false, Claimant = kaz,
                    Evidence = Clause(A, 2, "it would not send troops to Ukraine"),
                },
                new Event
                {
                    Id = "e2", Type = PloverEvent.STATEMENT, Source = [kaz], Target = [], Frame = "told", Content = "will not recognise the breakaway republics",
                    Uncertain = true, Evidence = Sentence(A, 1), Context = default,
                },
            ],
            Claims =
            [
                new Claim
                {
                    Id = "c4", Subject = uzb, Claimant = rus, Stance = Stance.UNDERSTANDING, Date = new DateOnly(2022, 3, 2), Basis = "report",
                    Reason = "cue “understanding” attributed by RUS", Evidence = Sentence(A, 3),
                },
                new Claim
                {
                    Id = "c1", Subject = kaz, Claimant = kaz, Stance = Stance.NEUTRAL, Date = new DateOnly(2022, 3, 3), Basis = "statement",
                    Reason = "non-recognition of the republics", Evidence = Sentence(A, 1),
                },
                new Claim { Id = "c2", Subject = kaz, Claimant = ActorRef.Media, Stance = Stance.NEUTRAL, Basis = "act", Uncertain = true, Evidence = Sentence(A, 2) },
                new Claim
                {
                    Id = "c5", Subject = uzb, Claimant = uzb, Stance = Stance.NEUTRAL, Date = new DateOnly(2022, 3, 17), Basis = "statement",
                    Reason = "non-recognition; call to end the fighting", Evidence = Sentence(B, 1),
                },
                new Claim { Id = "c6", Subject = kgz, Claimant = ActorRef.Media, Stance = Stance.SUPPORT, Basis = "report", Evidence = Sentence(B, 2) },
            ],
            Silences =
            [
                new Silence { Actor = new ActorRef("TKM"), Claimant = ActorRef.Media, Kind = SilenceKind.Silence, Evidence = Sentence(A, 5) },
                new Silence { Actor = new ActorRef("TJK"), Claimant = ActorRef.Media, Kind = SilenceKind.Silence, Inferred = true, Date = new DateOnly(2022, 3, 17) },
                new Silence { Actor = kgz, Claimant = ActorRef.Media, Kind = SilenceKind.Retraction, Date = new DateOnly(2022, 3, 17), Evidence = Sentence(B, 2) },
                new Silence { Actor = uzb, Claimant = uzb, Kind = SilenceKind.Omission, Date = new DateOnly(2022, 3, 2), Evidence = Sentence(A, 4) },
            ],
            Disputes =
            [
                new Dispute
                {
                    Id = "d1", Subject = new ActorRef("UZB"),
                    Interaction = new Interaction("CONSULT", ["RUS", "UZB"], new DateOnly(2022, 3, 2)),
                    Accounts = [new Account(rus, Stance.UNDERSTANDING, Sentence(A, 3)), new Account(uzb, null, Sentence(A, 4))],
                    Note = "Moscow’s readout claims understanding; Tashkent’s omits the war",
                },
            ],
            Profiles =
            [
                new Profile
                {
                    Actor = "UZB", Stance = "NEUTRAL", Confidence = 0.6, Disputed = true,
                    Timeline = [new TimelineEntry(new DateOnly(2022, 3, 2), "UNDERSTANDING", ["c4"]), new TimelineEntry(new DateOnly(2022, 3, 17), "NEUTRAL", ["c5"])],
                    Indicators = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("recognition", "no")]),
                },
                new Profile
                {
                    Actor = "KAZ", Stance = "NEUTRAL", Confidence = 0.85,
                    Timeline = [new TimelineEntry(new DateOnly(2022, 3, 3), "NEUTRAL", ["c1", "c2"])],
                    Indicators = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                        [new KeyValuePair<string, string>("troops", "refused"), new KeyValuePair<string, string>("recognition", "no")]),
                },
                new Profile { Actor = "TKM", Stance = "SILENT", Confidence = 0.5, Timeline = [] },
                new Profile { Actor = "TJK", Stance = "SILENT", Confidence = 0.4, Timeline = [] },
                new Profile
                {
                    Actor = "KGZ", Stance = "SUPPORT", Confidence = 0.3, Disputed = true,
                    Timeline = [new TimelineEntry(null, "SUPPORT", ["c6"])],
                    Indicators = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("votes", "ABSTAIN_OR_ABSENT")]),
                },
            ],
            Votes =
            [
                new Vote { Actor = new ActorRef("KGZ"), Resolution = "UNGA ES-11/1 2022-03-02", Choice = VoteChoice.ABSTAIN_OR_ABSENT, Evidence = Sentence(A, 6) },
                new Vote { Actor = new ActorRef("KAZ"), Resolution = "UNGA ES-11/1 2022-03-02", Choice = VoteChoice.ABSTAIN, Claimant = ActorRef.Media, Evidence = Sentence(A, 6) },
            ],
        };
    }

    private static SourceDocument Document(string origin, string[][] paragraphs, string? title, string? publisher, DateOnly published, bool inferred, string? url)
    {
        string text = string.Join("\n\n", paragraphs.Select(p => string.Join(" ", p))) + "\n";
        return new SourceDocument
        {
            Id = DocumentId.FromText(text), Origin = origin, Text = text, Url = url, Title = title, Publisher = publisher,
            Published = published, PublishedInferred = inferred, Format = "markdown",
        };
    }
}
