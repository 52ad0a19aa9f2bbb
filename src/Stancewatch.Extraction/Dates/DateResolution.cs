using System.Collections.Immutable;

namespace Stancewatch.Extraction.Dates;

/// <summary>The date mentions of one document in text order, with lookup by the token they attach to.</summary>
public sealed class DateResolution
{
    private readonly Dictionary<int, int> _byHead = [];

    public DateResolution(ImmutableArray<DateMention> mentions)
    {
        Mentions = mentions;
        for (int i = 0; i < mentions.Length; i++)
        {
            _byHead.TryAdd(mentions[i].HeadToken, i);
        }
    }

    public ImmutableArray<DateMention> Mentions { get; }

    /// <summary>The mention whose head token is <paramref name="token"/>, or null.</summary>
    public DateMention? HeadedBy(int token) => _byHead.TryGetValue(token, out int i) ? Mentions[i] : null;

    /// <summary>The mentions inside tokens [first, end).</summary>
    public IEnumerable<DateMention> Within(int first, int end) => Mentions.Where(m => m.FirstToken >= first && m.EndToken <= end);
}
