using System.Collections.Frozen;
using System.Globalization;

namespace Stancewatch.Text.Publishers;

/// <summary>
/// Answers "whose voice is this host": loaded from data/publishers/publishers.tsv (embedded in this assembly,
/// or a file given by path). A host matches its own row or the row of its nearest listed parent domain
/// (nz.china-embassy.gov.cn → china-embassy.gov.cn); "www." is ignored. Unlisted hosts are independent media.
/// </summary>
public sealed class PublisherRegistry
{
    private const string ResourceName = "Stancewatch.Text.publishers.tsv";
    private static readonly string[] Header = ["host", "kind", "country", "name", "source"];
    private readonly FrozenDictionary<string, PublisherVoice> byHost;

    private PublisherRegistry(FrozenDictionary<string, PublisherVoice> byHost)
    {
        this.byHost = byHost;
    }

    /// <summary>Every listed publisher, ordered by host.</summary>
    public IReadOnlyList<PublisherVoice> All => byHost.Values.OrderBy(v => v.Host, StringComparer.Ordinal).ToList();

    /// <summary>The registry from the publishers file built into this assembly.</summary>
    public static PublisherRegistry LoadDefault()
    {
        using Stream stream = typeof(PublisherRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the embedded publishers file " + ResourceName + " is missing from the build");
        using var reader = new StreamReader(stream);
        return Load(reader, "data/publishers/publishers.tsv");
    }

    /// <summary>The registry from a TSV file.</summary>
    /// <exception cref="PublisherFileException">A row is malformed.</exception>
    public static PublisherRegistry Load(string path)
    {
        using var reader = new StreamReader(path);
        return Load(reader, path);
    }

    /// <summary>The registry from TSV text; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="PublisherFileException">A row is malformed.</exception>
    public static PublisherRegistry Load(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new Dictionary<string, PublisherVoice>(StringComparer.OrdinalIgnoreCase);
        int lineNumber = 0;
        bool headerSeen = false;
        while (reader.ReadLine() is string line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (!headerSeen)
            {
                if (!fields.SequenceEqual(Header, StringComparer.Ordinal))
                {
                    throw new PublisherFileException(fileName, lineNumber, "header", "expected '" + string.Join("\\t", Header) + "'");
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != Header.Length)
            {
                throw new PublisherFileException(fileName, lineNumber, "row", $"expected {Header.Length} tab-separated fields, found {fields.Length}");
            }

            string host = Normalize(fields[0]);
            if (host.Length == 0 || host.Contains('/', StringComparison.Ordinal) || !host.Contains('.', StringComparison.Ordinal))
            {
                throw new PublisherFileException(fileName, lineNumber, "host", $"'{fields[0]}' is not a host name");
            }

            VoiceKind kind = fields[1] switch
            {
                "presidential" => VoiceKind.Presidential,
                "foreign-ministry" => VoiceKind.ForeignMinistry,
                "government" => VoiceKind.Government,
                "state-media" => VoiceKind.StateMedia,
                "independent" => VoiceKind.Independent,
                _ => throw new PublisherFileException(fileName, lineNumber, "kind", $"'{fields[1]}' is not presidential, foreign-ministry, government, state-media or independent"),
            };
            string country = fields[2].Trim();
            if (kind != VoiceKind.Independent && (country.Length != 3 || !country.All(char.IsAsciiLetterUpper)))
            {
                throw new PublisherFileException(fileName, lineNumber, "country", $"'{country}' is not an ISO 3166-1 alpha-3 code");
            }

            string source = fields[4].Trim();
            if (!Uri.TryCreate(source, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new PublisherFileException(fileName, lineNumber, "source", $"'{source}' is not an http(s) URL");
            }

            if (!rows.TryAdd(host, new PublisherVoice(host, kind, country.Length == 0 ? null : country, fields[3].Trim(), source)))
            {
                throw new PublisherFileException(fileName, lineNumber, "host", $"'{host}' is listed twice");
            }
        }

        if (!headerSeen)
        {
            throw new PublisherFileException(fileName, lineNumber, "header", "the file has no header row");
        }

        return new PublisherRegistry(rows.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The voice of a host (or URL); unlisted hosts are independent media.</summary>
    public PublisherVoice VoiceOfHost(string hostOrUrl)
    {
        ArgumentNullException.ThrowIfNull(hostOrUrl);
        string host = Normalize(hostOrUrl);
        for (string candidate = host; candidate.Contains('.', StringComparison.Ordinal);)
        {
            if (byHost.TryGetValue(candidate, out PublisherVoice? voice))
            {
                return voice;
            }

            candidate = candidate[(candidate.IndexOf('.', StringComparison.Ordinal) + 1)..];
        }

        return PublisherVoice.Unlisted(host);
    }

    /// <summary>The voice of a document: by its URL's host when it has one, else by its publisher field.</summary>
    public PublisherVoice VoiceOf(string? url, string? publisher)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Host.Length > 0)
        {
            PublisherVoice byUrl = VoiceOfHost(uri.Host);
            if (byUrl.Source is not null || publisher is null)
            {
                return byUrl;
            }
        }

        return publisher is null ? PublisherVoice.Unlisted("unknown") : VoiceOfHost(publisher);
    }

    private static string Normalize(string hostOrUrl)
    {
        string host = hostOrUrl.Trim().ToLowerInvariant();
        if (Uri.TryCreate(host, UriKind.Absolute, out Uri? uri) && uri.Host.Length > 0)
        {
            host = uri.Host;
        }

        host = host.TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>Number of listed hosts.</summary>
    public int Count => byHost.Count;

    /// <summary>For diagnostics: "N publishers".</summary>
    public override string ToString() => Count.ToString(CultureInfo.InvariantCulture) + " publishers";
}
