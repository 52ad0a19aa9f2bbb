namespace Stancewatch.Text.Publishers;

/// <summary>Whose voice a publisher host carries, as listed in data/publishers/publishers.tsv.</summary>
/// <param name="Host">The host as listed (it also covers its subdomains).</param>
/// <param name="Kind">Presidential, foreign ministry, government, state media or independent.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of the government whose voice it is; null for independent media.</param>
/// <param name="Name">Who runs it.</param>
/// <param name="Source">Public page that states it; null for unlisted hosts.</param>
public sealed record PublisherVoice(string Host, VoiceKind Kind, string? Country, string Name, string? Source)
{
    /// <summary>True when the publisher speaks for a government (anything but independent media).</summary>
    public bool IsGovernment => Kind != VoiceKind.Independent;

    /// <summary>The voice of a host that is not listed: independent media.</summary>
    public static PublisherVoice Unlisted(string host) => new(host, VoiceKind.Independent, null, host, null);

    /// <summary>Short form for tables: "RUS presidential", "independent".</summary>
    public override string ToString() => Kind switch
    {
        VoiceKind.Independent => "independent",
        VoiceKind.Presidential => Country + " presidential",
        VoiceKind.ForeignMinistry => Country + " foreign ministry",
        VoiceKind.Government => Country + " government",
        VoiceKind.StateMedia => Country + " state media",
        _ => Kind.ToString(),
    };
}
