using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Statements;

/// <summary>
/// Inside a direct quote, "I", "we", "our" and "us" are the speaker: "'We are not going to join the sanctions,'
/// the prime minister said" is the prime minister's government refusing. Adds a coreference mention for each
/// first-person pronoun of a quote whose speaker is a resolved actor.
/// </summary>
public static class QuotedFirstPerson
{
    private static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase) { "i", "me", "my", "we", "us", "our" };

    /// <summary>True for a first-person pronoun token ("I", "we", "our" ...).</summary>
    public static bool IsFirstPerson(AnnotatedDocument document, int token) =>
        document.Upos[token] == "PRON" && FirstPerson.Contains(document.Forms[token]);

    public static ImmutableArray<ActorMention> Mentions(AnnotatedDocument document, ImmutableArray<Event> statements)
    {
        ArgumentNullException.ThrowIfNull(document);
        var added = ImmutableArray.CreateBuilder<ActorMention>();
        foreach (var s in statements)
        {
            if (s.Mode != "quote" || s.ContentRange is not { } content || s.Source.IsEmpty || s.Source.Any(a => a.Code is "MEDIA" or Events.EventCoder.UnknownCode))
            {
                continue;
            }

            int first = document.TokenStarts.AsSpan().BinarySearch(content.Start);
            for (int t = first < 0 ? ~first : first; t < document.TokenCount && document.TokenStarts[t] < content.End; t++)
            {
                if (IsFirstPerson(document, t))
                {
                    added.Add(new ActorMention
                    {
                        Range = new Stancewatch.Text.CharRange(document.TokenStarts[t], document.TokenEnds[t]),
                        FirstToken = t,
                        EndToken = t + 1,
                        HeadToken = t,
                        Actors = [.. s.Source.Select(a => a with { Text = document.Forms[t] })],
                        Kind = MentionKind.Coreference,
                        Confidence = 0.6,
                    });
                }
            }
        }

        return added.ToImmutable();
    }
}
