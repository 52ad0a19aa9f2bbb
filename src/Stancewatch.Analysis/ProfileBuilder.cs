using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Stancewatch.Extraction;
using Stancewatch.Knowledge.Crises;

namespace Stancewatch.Analysis;

/// <summary>
/// Builds one profile per government: the current stance (the latest explicit declaration of its position by itself
/// or the media, else the stance with the most weight: own voice 1.0, media 0.7, another government 0.4, halved when
/// hedged or disputed), or SILENT (only silences) or UNKNOWN; confidence; the disputed flag; a dated timeline; and
/// the indicators. Claims repeated by near-duplicate documents (the same wire story) count once.
/// </summary>
public sealed class ProfileBuilder
{
    private static readonly Regex NonWord = new(@"\W+", RegexOptions.CultureInvariant);
    private readonly CrisisProfile _profile;

    public ProfileBuilder(CrisisProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profile = profile;
    }

    /// <summary>Profiles sorted by actor code.</summary>
    public ImmutableArray<Profile> Build(
        ImmutableArray<AttributedClaim> claims,
        ImmutableArray<Silence> silences,
        ImmutableArray<Dispute> disputes,
        ImmutableArray<Vote> votes,
        ImmutableArray<IndicatorObservation> indicators,
        IReadOnlyDictionary<string, DateOnly?> documentDates,
        IReadOnlySet<string> duplicateDocuments)
    {
        ArgumentNullException.ThrowIfNull(documentDates);
        ArgumentNullException.ThrowIfNull(duplicateDocuments);
        var counted = claims
            .Where(c => !duplicateDocuments.Contains(c.Claim.Evidence.Doc))
            .DistinctBy(c => (c.Claim.Subject.Code, c.Claim.Claimant.Code, c.Claim.Stance, NonWord.Replace(c.Claim.Evidence.Text.ToLowerInvariant(), " ")))
            .ToList();
        var actors = counted.Select(c => c.Claim.Subject.Code)
            .Concat(silences.Select(s => s.Actor.Code))
            .Concat(votes.Select(v => v.Actor.Code))
            .Concat(indicators.Select(i => i.Actor))
            .Where(a => ActorCodes.IsGovernment(a) && !_profile.IsParty(a))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var disputedAccounts = disputes.SelectMany(d => d.Accounts.Select(a => (d.Subject.Code, a.Claimant.Code, a.Evidence.Doc, a.Evidence.Sentence))).ToHashSet();
        var result = ImmutableArray.CreateBuilder<Profile>();
        foreach (var actor in actors)
        {
            var own = counted.Where(c => c.Claim.Subject.Code == actor).ToList();
            var dateOf = (AttributedClaim c) => c.Claim.Date ?? documentDates.GetValueOrDefault(c.Claim.Evidence.Doc);
            double Weight(AttributedClaim c)
            {
                var cl = c.Claim;
                double w = cl.Claimant.Code == actor ? 1.0 : cl.Claimant.Code == ActorRef.Media.Code ? 0.7 : 0.4;
                if (cl.Uncertain)
                {
                    w *= 0.5;
                }

                if (cl.Claimant.Code != actor && disputedAccounts.Contains((actor, cl.Claimant.Code, cl.Evidence.Doc, cl.Evidence.Sentence)))
                {
                    w *= 0.5;
                }

                return w;
            }

            string stance;
            double confidence;
            var explicitSilences = silences.Count(s => s.Actor.Code == actor && !s.Inferred);
            if (own.Count == 0)
            {
                bool any = silences.Any(s => s.Actor.Code == actor);
                stance = any ? "SILENT" : "UNKNOWN";
                confidence = explicitSilences > 0 ? Math.Min(0.9, 0.5 + (0.1 * explicitSilences)) : any ? 0.3 : 0.0;
            }
            else
            {
                var totals = own.GroupBy(c => c.Claim.Stance).ToDictionary(g => g.Key, g => g.Sum(Weight));
                double total = totals.Values.Sum();
                var declared = own.Where(c => c.Declares && c.Claim.Claimant.Code is var k && (k == actor || k == ActorRef.Media.Code))
                    .OrderBy(c => dateOf(c) ?? DateOnly.MinValue).ThenBy(c => c.Claim.Evidence.Doc, StringComparer.Ordinal).ThenBy(c => c.Claim.Evidence.Sentence)
                    .LastOrDefault();
                Stance chosen = declared?.Claim.Stance
                    ?? totals.OrderByDescending(kv => kv.Value).ThenBy(kv => Math.Abs((int)kv.Key - (int)Stance.NEUTRAL)).First().Key;
                stance = chosen.ToString();
                confidence = Math.Round(totals[chosen] / total * Math.Min(1.0, own.Count / 3.0), 3);
            }

            var timeline = own
                .GroupBy(c => dateOf(c))
                .OrderBy(g => g.Key ?? DateOnly.MinValue)
                .Select(g =>
                {
                    var top = g.GroupBy(c => c.Claim.Stance).OrderByDescending(x => x.Sum(Weight)).ThenBy(x => (int)x.Key).First().Key;
                    return new TimelineEntry(g.Key, top.ToString(), [.. g.Select(c => c.Claim.Id).Order(StringComparer.Ordinal)]);
                })
                .ToImmutableArray();

            var ind = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var g in indicators.Where(i => i.Actor == actor && !duplicateDocuments.Contains(i.Evidence.Doc)).GroupBy(i => i.Name, StringComparer.Ordinal))
            {
                ind[g.Key] = g.GroupBy(i => i.Value, StringComparer.Ordinal)
                    .OrderByDescending(x => x.Count()).ThenByDescending(x => x.Max(i => i.Date ?? DateOnly.MinValue)).First().Key;
            }

            var actorVotes = votes.Where(v => v.Actor.Code == actor).Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Resolution}: {v.Choice}")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (actorVotes.Count > 0)
            {
                ind["votes"] = string.Join("; ", actorVotes);
            }

            result.Add(new Profile
            {
                Actor = actor,
                Stance = stance,
                Confidence = confidence,
                Disputed = disputes.Any(d => d.Subject.Code == actor),
                Timeline = timeline,
                Indicators = ind.ToImmutable(),
            });
        }

        return result.ToImmutable();
    }
}
