using System.Text;
using Stancewatch.Analysis;
using Stancewatch.Text;

namespace Stancewatch.Reporting;

/// <summary>
/// Writes a self-contained HTML report of an analysis: one file with inline CSS, inline SVG charts and a small inline
/// script, that opens offline and fetches nothing. It shows a government × indicator matrix with each current stance,
/// a stance timeline per government, disputes as side-by-side accounts, silences (reported and inferred), votes and
/// events, and every finding's sentence highlighted in its paragraph with its source (title, publisher, date, link).
/// All text is escaped; the output depends only on the inputs.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Writes the report as UTF-8 to <paramref name="stream"/>.</summary>
    /// <param name="result">The analysis (its lists are shown in the order given; export order is canonical).</param>
    /// <param name="documents">The documents' texts, by id, for the paragraphs around each finding; a missing text shows the sentence alone.</param>
    /// <param name="stream">Where the HTML goes; left open.</param>
    /// <param name="options">Title, actor names, date made; defaults when null.</param>
    /// <exception cref="ArgumentNullException">A required parameter is null.</exception>
    public static void Write(AnalysisResult result, IEnumerable<SourceDocument> documents, Stream stream, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Write(result, documents, writer, options);
    }

    /// <summary>Writes the report to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException">A required parameter is null.</exception>
    public static void Write(AnalysisResult result, IEnumerable<SourceDocument> documents, TextWriter writer, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(writer);
        var index = new ReportIndex(Normalize(result), documents, options ?? new HtmlReportOptions());
        new ReportPage(index, new HtmlOutput(writer)).Write();
        writer.Flush();
    }

    /// <summary>The report as a string.</summary>
    public static string Write(AnalysisResult result, IEnumerable<SourceDocument> documents, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(result, documents, writer, options);
        return writer.ToString();
    }

    // Default (uninitialised) arrays read as empty, so a partly built result still renders.
    private static AnalysisResult Normalize(AnalysisResult r) => r with
    {
        Documents = r.Documents.IsDefault ? [] : r.Documents,
        Events = r.Events.IsDefault ? [] : r.Events,
        Claims = r.Claims.IsDefault ? [] : r.Claims,
        Silences = r.Silences.IsDefault ? [] : r.Silences,
        Disputes = r.Disputes.IsDefault ? [] : r.Disputes,
        Profiles = r.Profiles.IsDefault ? [] : r.Profiles,
        Votes = r.Votes.IsDefault ? [] : r.Votes,
    };
}
