using System.Collections.Frozen;
using System.Collections.Immutable;
using Stancewatch.Knowledge.Actors;

namespace Stancewatch.Extraction.Actors;

/// <summary>
/// The phrases that name groups ("Central Asian", "the West"), split into word keys, and for each token key the
/// phrases that can start there, in data order: those whose first word the key begins (the tokenizer may split
/// "post-Soviet"), plus those that start with "the". Built once per resolver so that a token is tried against a
/// handful of phrases instead of all of them.
/// </summary>
internal sealed class GroupPhraseIndex
{
    private readonly ImmutableArray<GroupPhrase> _all;
    private readonly ImmutableArray<GroupPhrase> _anyToken;
    private readonly FrozenDictionary<string, ImmutableArray<GroupPhrase>> _byPrefix;

    public GroupPhraseIndex(IEnumerable<ActorGroup> groups)
    {
        _all = [.. groups.SelectMany(g => g.Phrases.Select(ph => new GroupPhrase(g, ph, [.. ph.Split(' ').Select(NameKey.Of)])))];
        _anyToken = [.. _all.Where(StartsAnywhere)];
        var byPrefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int x = 0; x < _all.Length; x++)
        {
            if (StartsAnywhere(_all[x]))
            {
                continue;
            }

            string first = _all[x].Words[0];
            for (int length = 1; length <= first.Length; length++)
            {
                string prefix = first[..length];
                if (!byPrefix.TryGetValue(prefix, out var list))
                {
                    byPrefix[prefix] = list = [.. _all.Select((p, i) => (p, i)).Where(t => StartsAnywhere(t.p)).Select(t => t.i)];
                }

                if (!list.Contains(x))
                {
                    list.Add(x);
                }
            }
        }

        _byPrefix = byPrefix.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order().Select(i => _all[i]).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The phrases that may start at a token with this key, in data order.</summary>
    public ImmutableArray<GroupPhrase> StartingWith(string key) =>
        key.Length == 0 ? _all : _byPrefix.TryGetValue(key, out var phrases) ? phrases : _anyToken;

    private static bool StartsAnywhere(GroupPhrase p) => p.Words.Length == 0 || p.Words[0] == "the";
}

/// <summary>One phrase of a group and its word keys.</summary>
internal sealed record GroupPhrase(ActorGroup Group, string Phrase, ImmutableArray<string> Words);
