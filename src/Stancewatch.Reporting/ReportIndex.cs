using System.Collections.Immutable;
using Stancewatch.Analysis;
using Stancewatch.Extraction;
using Stancewatch.Text;

namespace Stancewatch.Reporting;

/// <summary>The analysis and its documents, looked up the ways the report's sections need.</summary>
internal sealed class ReportIndex
{
    /// <summary>The stance scale from most to least favourable to the acting party, then the two non-stances.</summary>
    public static readonly ImmutableArray<string> Levels = ["SUPPORT", "UNDERSTANDING", "NEUTRAL", "CONCERN", "OPPOSE", "SILENT"];

    private static readonly ImmutableArray<string> IndicatorOrder = ["recognition", "sanctions", "aid", "troops", "votes", "protests", "citizens_fighting"];

    private readonly Dictionary<string, AnalysisDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceDocument> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<Silence, int> _silenceNumbers = new(ReferenceEqualityComparer.Instance);

    public ReportIndex(AnalysisResult result, IEnumerable<SourceDocument> texts, HtmlReportOptions options)
    {
        Result = result;
        Options = options;
        foreach (var t in texts)
        {
            _texts.TryAdd(t.Id, t);
        }

        foreach (var d in result.Documents)
        {
            if (_documents.TryAdd(d.Id, d))
            {
                _documentNumbers[d.Id] = _documentNumbers.Count + 1;
            }
        }

        foreach (var s in result.Silences)
        {
            _silenceNumbers.TryAdd(s, _silenceNumbers.Count + 1);
        }

        Profiles = result.Profiles.GroupBy(p => p.Actor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Actors = result.Profiles.Select(p => p.Actor)
            .Concat(result.Claims.Select(c => c.Subject.Code))
            .Concat(result.Silences.Select(s => s.Actor.Code))
            .Concat(result.Votes.Select(v => v.Actor.Code))
            .Concat(result.Disputes.Select(d => d.Subject.Code))
            .Where(c => !string.IsNullOrEmpty(c) && !string.Equals(c, ActorRef.Media.Code, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        var indicators = result.Profiles.SelectMany(p => p.Indicators.Keys).ToHashSet(StringComparer.Ordinal);
        Indicators = [.. IndicatorOrder.Where(indicators.Contains), .. indicators.Except(IndicatorOrder).Order(StringComparer.Ordinal)];
    }

    public AnalysisResult Result { get; }

    public HtmlReportOptions Options { get; }

    /// <summary>Every government the analysis says anything about, by code.</summary>
    public ImmutableArray<string> Actors { get; }

    /// <summary>Indicator names in the order of the matrix: the crisis-independent ones first, then the rest.</summary>
    public ImmutableArray<string> Indicators { get; }

    public IReadOnlyDictionary<string, Profile> Profiles { get; }

    public AnalysisDocument? Document(string id) => _documents.GetValueOrDefault(id);

    public SourceDocument? Text(string id) => _texts.GetValueOrDefault(id);

    /// <summary>The document's position in the sources list (1-based), or 0 when it is not listed.</summary>
    public int Number(string id) => _documentNumbers.GetValueOrDefault(id);

    /// <summary>Display name of an actor code: the registry's name where known, else the code.</summary>
    public string Name(string code) => Options.ActorNames.GetValueOrDefault(code) ?? code;

    public IEnumerable<Claim> ClaimsAbout(string code) =>
        Result.Claims.Where(c => string.Equals(c.Subject.Code, code, StringComparison.Ordinal));

    public IEnumerable<Silence> SilencesOf(string code) =>
        Result.Silences.Where(s => string.Equals(s.Actor.Code, code, StringComparison.Ordinal));

    /// <summary>The anchor of a silence (silences have no id of their own: their place in the result).</summary>
    public string SilenceId(Silence silence) => "silence-" + _silenceNumbers[silence].ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<Vote> VotesOf(string code) =>
        Result.Votes.Where(v => string.Equals(v.Actor.Code, code, StringComparison.Ordinal));

    public IEnumerable<Dispute> DisputesAbout(string code) =>
        Result.Disputes.Where(d => string.Equals(d.Subject.Code, code, StringComparison.Ordinal));
}
