using System.Collections.Immutable;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Actors;

/// <summary>
/// "Kyrgyzstan, Kazakhstan and Uzbekistan warned ... The three Central Asian countries' embassies ...": a group
/// mention that states fewer members than its group has refers to that many members named just before it.
/// The group is narrowed to them when the sentences before name exactly that many of its members.
/// </summary>
public static class NumberedGroups
{
    private const int SentencesBack = 3;

    public static ImmutableArray<ActorMention> Narrow(AnnotatedDocument document, ImmutableArray<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = mentions.ToBuilder();
        for (int i = 0; i < mentions.Length; i++)
        {
            var group = mentions[i];
            if (group.Kind != MentionKind.Group
                || GroupSize.Stated(document.Text.AsSpan(group.Range.Start, group.Range.Length)) is not { } stated
                || stated >= group.Actors.Length)
            {
                continue;
            }

            var named = NamedBefore(document, mentions, i, group);
            if (named.Count == stated)
            {
                result[i] = group with { Actors = [.. group.Actors.Where(a => named.Contains(a.Code))] };
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Distinct members of the group named by single-actor mentions in the sentences before it.</summary>
    private static HashSet<string> NamedBefore(AnnotatedDocument document, ImmutableArray<ActorMention> mentions, int index, ActorMention group)
    {
        int sentence = document.SentenceOf(group.FirstToken);
        var members = group.Actors.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (int j = index - 1; j >= 0; j--)
        {
            var m = mentions[j];
            if (document.SentenceOf(m.FirstToken) < sentence - SentencesBack)
            {
                break;
            }

            if (m.Actors.Length == 1 && m.Kind is not (MentionKind.Location or MentionKind.Group) && members.Contains(m.Actors[0].Code))
            {
                named.Add(m.Actors[0].Code);
            }
        }

        return named;
    }
}
