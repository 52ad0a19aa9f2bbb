namespace Stancewatch.Text.Reading;

/// <summary>Limits for <see cref="InputReader"/>.</summary>
public sealed record InputReaderOptions
{
    /// <summary>The default size limit: 20 MB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Inputs larger than this many bytes fail as oversized.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
