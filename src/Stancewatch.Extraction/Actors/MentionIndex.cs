using System.Collections.Immutable;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Actors;

/// <summary>
/// Finds the actors an argument of an event names: the mention covering the argument's head, else the nearest
/// mention inside its noun phrase (possessor, adjective, "of" phrase), plus its coordinated conjuncts.
/// </summary>
public sealed class MentionIndex
{
    private static readonly HashSet<string> PhraseRelations = new(StringComparer.Ordinal)
    {
        "nmod", "nmod:poss", "nmod:desc", "amod", "compound", "appos", "flat", "flat:name", "det", "nummod", "obl", "nmod:npmod", "obl:npmod",
    };

    private readonly int[] _mentionAt;
    private readonly DependencyIndex _deps;

    internal MentionIndex(DependencyIndex deps, ImmutableArray<ActorMention> mentions)
    {
        _deps = deps;
        Mentions = mentions;
        _mentionAt = new int[deps.Document.TokenCount];
        Array.Fill(_mentionAt, -1);
        for (int m = 0; m < mentions.Length; m++)
        {
            var mention = mentions[m];
            for (int t = Math.Max(0, mention.FirstToken); t < Math.Min(mention.EndToken, _mentionAt.Length); t++)
            {
                if (_mentionAt[t] < 0 || mentions[_mentionAt[t]].EndToken - mentions[_mentionAt[t]].FirstToken < mention.EndToken - mention.FirstToken)
                {
                    _mentionAt[t] = m;
                }
            }
        }
    }

    /// <summary>A mention index over a parsed document.</summary>
    public static MentionIndex Create(AnnotatedDocument document, ImmutableArray<ActorMention> mentions) =>
        new(new DependencyIndex(document), mentions);

    public ImmutableArray<ActorMention> Mentions { get; }

    internal DependencyIndex Dependencies => _deps;

    /// <summary>The mention covering <paramref name="token"/>, or null.</summary>
    public ActorMention? At(int token) => token >= 0 && token < _mentionAt.Length && _mentionAt[token] >= 0 ? Mentions[_mentionAt[token]] : null;

    /// <summary>
    /// Actors of the argument headed by <paramref name="head"/>, its conjuncts included, without duplicate codes.
    /// Location mentions ("in Moscow") count only when <paramref name="allowLocation"/>.
    /// </summary>
    public ImmutableArray<ActorRef> ActorsOf(int head, bool allowLocation = false)
    {
        if (head < 0)
        {
            return [];
        }

        var result = new List<ActorRef>();
        var seen = new HashSet<int>();
        Collect(head, allowLocation, result, seen);
        return Dedupe(result);
    }

    /// <summary>The mentions found for the argument headed by <paramref name="head"/> (for the words that name it).</summary>
    public bool Names(int head) => !ActorsOf(head, allowLocation: true).IsEmpty;

    internal static ImmutableArray<ActorRef> Dedupe(IEnumerable<ActorRef> actors)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var b = ImmutableArray.CreateBuilder<ActorRef>();
        foreach (var a in actors)
        {
            if (a.Code.Length > 0 && codes.Add(a.Code))
            {
                b.Add(a);
            }
        }

        return b.ToImmutable();
    }

    private void Collect(int head, bool allowLocation, List<ActorRef> result, HashSet<int> seen)
    {
        if (!seen.Add(head))
        {
            return;
        }

        var mention = Usable(At(head), allowLocation) ?? Apposition(head, allowLocation) ?? Search(head, allowLocation);
        if (mention != null)
        {
            result.AddRange(mention.Actors);
            result.AddRange(CoordinatedModifiers(head, mention));

            // "the leaders of Russia and China": the conjuncts of the name found inside the phrase act too; a
            // conjunct can hang on any word of a name ("Kassym-Jomart Tokayev ... and Vladimir Putin").
            for (int t = mention.FirstToken; t < mention.EndToken; t++)
            {
                if (t != head)
                {
                    CollectConjuncts(t, allowLocation, result, seen, companions: false);
                }
            }

            CollectPeopleCoordinatedInOfPhrase(head, mention, allowLocation, result, seen);
        }

        CollectConjuncts(head, allowLocation, result, seen, companions: true);
    }

    /// <summary>
    /// "President Tokayev of Kazakhstan and President Putin": the parser may hang the second person on the country
    /// of the first one's "of" phrase. A person is not coordinated with a country, so that person acts with the first.
    /// </summary>
    private void CollectPeopleCoordinatedInOfPhrase(int head, ActorMention mention, bool allowLocation, List<ActorRef> result, HashSet<int> seen)
    {
        if (mention.Kind is not (MentionKind.Person or MentionKind.Role))
        {
            return;
        }

        foreach (int of in _deps.Children(head))
        {
            if (_deps.BaseRel(of) != "nmod" || _deps.CaseOf(of) != "of")
            {
                continue;
            }

            foreach (int k in _deps.Children(of))
            {
                if (_deps.Deprels[k] == "conj" && At(k) is { Kind: MentionKind.Person or MentionKind.Role })
                {
                    Collect(k, allowLocation, result, seen);
                }
            }
        }
    }

    /// <summary>
    /// "US and British activists", "Russian and Chinese diplomats": a modifier of the head coordinated with a word
    /// of the mention names a second country of the same kind.
    /// </summary>
    private IEnumerable<ActorRef> CoordinatedModifiers(int head, ActorMention mention)
    {
        string? sector = mention.Actors.FirstOrDefault()?.Sector;
        foreach (int c in _deps.Children(head))
        {
            if (c < mention.FirstToken && _deps.Deprels[c] is "compound" or "amod"
                && _deps.Children(c).Any(k => _deps.Deprels[k] == "conj" && k >= mention.FirstToken && k < mention.EndToken)
                && At(c) is { Kind: not MentionKind.Location } modifier)
            {
                foreach (var a in modifier.Actors)
                {
                    yield return a with { Sector = sector ?? a.Sector };
                }
            }
        }
    }

    private void CollectConjuncts(int token, bool allowLocation, List<ActorRef> result, HashSet<int> seen, bool companions)
    {
        foreach (int c in _deps.Children(token))
        {
            // Conjuncts, and "X, along with Y and Z" / "X together with Y", act together.
            if (_deps.Deprels[c] == "conj" || companions && _deps.BaseRel(c) is "nmod" or "obl" && _deps.CasesOf(c).Any(w => w is "along" or "together"))
            {
                Collect(c, allowLocation, result, seen);
            }
        }
    }

    /// <summary>
    /// "EAEU members Kazakhstan and Kyrgyzstan", "his counterpart Sergei Lavrov": an apposition names the argument
    /// itself, so it outranks the possessors and modifiers that <see cref="Search"/> would find first.
    /// </summary>
    private ActorMention? Apposition(int head, bool allowLocation)
    {
        foreach (int c in _deps.Children(head))
        {
            if (_deps.Deprels[c] == "appos" && Usable(At(c), allowLocation) is { } m)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Breadth-first through the noun phrase (not into clauses or conjuncts) for the nearest mention.</summary>
    private ActorMention? Search(int head, bool allowLocation)
    {
        var queue = new Queue<(int Token, int Depth)>();
        queue.Enqueue((head, 0));
        ActorMention? possessive = null;
        while (queue.Count > 0)
        {
            var (t, depth) = queue.Dequeue();
            foreach (int c in _deps.Children(t))
            {
                if (!PhraseRelations.Contains(_deps.Deprels[c]))
                {
                    continue;
                }

                var m = Usable(At(c), allowLocation);
                if (m != null && IsPossessivePronoun(c))
                {
                    // "met his opposite number, the acting minister X": a name in the phrase outranks "his".
                    possessive ??= m;
                }
                else if (m != null)
                {
                    return m;
                }

                if (depth < 3)
                {
                    queue.Enqueue((c, depth + 1));
                }
            }
        }

        return possessive;
    }

    private bool IsPossessivePronoun(int token) => _deps.Deprels[token] == "nmod:poss" && _deps.Upos[token] == "PRON";

    /// <summary>
    /// A vaguer group than this ("Western countries", "European states") names no one in particular: it is not
    /// spread into one record per member.
    /// </summary>
    public const int LargestDistributedGroup = 12;

    private ActorMention? Usable(ActorMention? m, bool allowLocation) =>
        m is null || m.Actors.IsEmpty || m.Actors.Length > LargestDistributedGroup || (m.Kind == MentionKind.Location && !allowLocation)
        || GroupSize.Contradicts(_deps.Document.Text.AsSpan(m.Range.Start, m.Range.Length), m.Actors.Length) ? null : m;
}
