using System.Collections.Immutable;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;
using Stancewatch.Nlp;
using Stancewatch.Text;

namespace Stancewatch.Extraction.Tests;

/// <summary>Test double: resolves single tokens by form to an actor code (and kind), as a mention resolver would.</summary>
internal sealed class FakeResolver(params (string Form, string Code, MentionKind Kind)[] table) : IMentionResolver
{
    public ImmutableArray<ActorMention> Resolve(AnnotatedDocument document, DateOnly? documentDate)
    {
        var b = ImmutableArray.CreateBuilder<ActorMention>();
        for (int i = 0; i < document.TokenCount; i++)
        {
            foreach (var (form, code, kind) in table)
            {
                if (document.Forms[i] == form)
                {
                    b.Add(new ActorMention
                    {
                        Range = new CharRange(document.TokenStarts[i], document.TokenEnds[i]),
                        FirstToken = i,
                        EndToken = i + 1,
                        HeadToken = i,
                        Actors = [new ActorRef(code, "GOV", null, form)],
                        Kind = kind,
                    });
                }
            }
        }

        return b.ToImmutable();
    }

    public static FakeResolver Countries() => new(
        ("Russia", "RUS", MentionKind.Name), ("Kremlin", "RUS", MentionKind.Metonym), ("Putin", "RUS", MentionKind.Person),
        ("Moscow", "RUS", MentionKind.Metonym), ("Russian", "RUS", MentionKind.Adjective),
        ("Kyrgyzstan", "KGZ", MentionKind.Name), ("Japarov", "KGZ", MentionKind.Person),
        ("Kazakhstan", "KAZ", MentionKind.Name), ("Ashimbayev", "KAZ", MentionKind.Person), ("Almaty", "KAZ", MentionKind.Location),
        ("Uzbekistan", "UZB", MentionKind.Name), ("Ukraine", "UKR", MentionKind.Name), ("Zelensky", "UKR", MentionKind.Person), ("Tajikistan", "TJK", MentionKind.Name),
        ("Britain", "GBR", MentionKind.Name), ("Minister", "UZB", MentionKind.Role));
}
