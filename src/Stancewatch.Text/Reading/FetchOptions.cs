namespace Stancewatch.Text.Reading;

/// <summary>Politeness and limits for <see cref="HttpPageFetcher"/>.</summary>
public sealed record FetchOptions
{
    /// <summary>Time between the end of one request and the start of the next to the same host.</summary>
    public TimeSpan DelayPerHost { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time allowed for one request, body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest body accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>The User-Agent header sent.</summary>
    public string UserAgent { get; init; } = "stancewatch/0.1 (+https://github.com/stancewatch)";
}
