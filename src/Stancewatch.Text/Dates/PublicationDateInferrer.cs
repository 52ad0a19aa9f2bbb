namespace Stancewatch.Text.Dates;

/// <summary>
/// Infers a publication date from a text that carries none in its metadata. First the dateline: a complete
/// date in the first <see cref="DatelineChars"/> characters (e.g. "MOSCOW, March 21, 2022 —" or a date line under
/// the headline). Otherwise the latest complete date the text mentions, since a report cannot predate what it
/// reports. Returns null when the text has no complete date.
/// </summary>
public sealed class PublicationDateInferrer
{
    /// <summary>How far into the text a date still counts as the dateline.</summary>
    public const int DatelineChars = 300;

    private readonly DateFinder finder;

    /// <summary>Creates the inferrer over a <see cref="DateFinder"/>.</summary>
    public PublicationDateInferrer(DateFinder finder)
    {
        ArgumentNullException.ThrowIfNull(finder);
        this.finder = finder;
    }

    /// <summary>The inferred date, or null.</summary>
    public DateOnly? Infer(string text)
    {
        IReadOnlyList<DateMention> mentions = finder.FindAll(text);
        if (mentions.Count == 0)
        {
            return null;
        }

        if (mentions[0].Range.Start < DatelineChars)
        {
            return mentions[0].Date;
        }

        DateOnly latest = mentions[0].Date;
        foreach (DateMention mention in mentions)
        {
            if (mention.Date > latest)
            {
                latest = mention.Date;
            }
        }

        return latest;
    }
}
