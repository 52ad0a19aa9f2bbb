using System.Collections.Immutable;
using Stancewatch.Analysis;
using Stancewatch.Knowledge.Actors;
using Stancewatch.Reporting;
using Stancewatch.Storage;
using Stancewatch.Text;

namespace Stancewatch.Cli;

/// <summary>
/// Writes the HTML report of an analysis (<c>analyze --report FILE.html</c>): the documents' texts come from the store
/// (for the paragraph around each finding), display names from the actor registry, and the date from the clock.
/// </summary>
public static class HtmlReportFile
{
    /// <summary>Writes the report of <paramref name="result"/> to <paramref name="file"/>.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static async Task WriteAsync(AnalysisResult result, IStore store, ActorRegistry? registry, FileInfo file, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(clock);
        var texts = new List<SourceDocument>();
        foreach (var d in result.Documents)
        {
            if (await store.GetDocumentAsync(d.Id, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                texts.Add(stored.Document);
            }
        }

        var names = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (registry is not null)
        {
            var codes = result.Profiles.Select(p => p.Actor)
                .Concat(result.Claims.SelectMany(c => new[] { c.Subject.Code, c.Claimant.Code }))
                .Concat(result.Silences.SelectMany(s => new[] { s.Actor.Code, s.Claimant.Code }))
                .Concat(result.Votes.Select(v => v.Actor.Code))
                .Concat(result.Disputes.SelectMany(d => d.Accounts.Select(a => a.Claimant.Code).Append(d.Subject.Code)))
                .Concat(result.Events.SelectMany(e => e.Source.Concat(e.Target)).Select(a => a.Code));
            foreach (string code in codes.Distinct(StringComparer.Ordinal))
            {
                string name = registry.DisplayName(code);
                if (!string.Equals(name, code, StringComparison.Ordinal))
                {
                    names[code] = name;
                }
            }
        }

        string? folder = file.DirectoryName;
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var stream = File.Create(file.FullName);
        HtmlReportWriter.Write(result, texts, stream, new HtmlReportOptions { ActorNames = names.ToImmutable(), GeneratedAt = clock.GetUtcNow() });
    }
}
