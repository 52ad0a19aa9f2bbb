using System.Collections.Immutable;

namespace Stancewatch.Reporting;

/// <summary>Settings of an HTML report; every member has a sensible default.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The page title; default "Stancewatch: " and the topic.</summary>
    public string? Title { get; init; }

    /// <summary>Display names by actor code (e.g. KAZ → Kazakhstan), from the actor registry; codes are shown where absent.</summary>
    public ImmutableDictionary<string, string> ActorNames { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>When the report was made, shown in the header; taken from the caller's clock (the writer reads none).</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Longest paragraph shown whole around a finding; longer ones are cut to a window around the sentence.</summary>
    public int MaxContextLength { get; init; } = 1200;
}
