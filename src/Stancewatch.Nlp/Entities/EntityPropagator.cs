using System.Collections.Immutable;

namespace Stancewatch.Nlp.Entities;

/// <summary>
/// Document-level consistency: a name the model found once in a document is labelled at its other, unlabelled
/// occurrences in the same document ("Firefox", "CPA" and "Enron" recur in one web document, and the sentence model
/// finds only some of them). The label is the one the name was given most often. An occurrence is skipped when a
/// capitalised word touches it, since it is then part of a longer name.
/// </summary>
public static class EntityPropagator
{
    /// <summary>The mentions of each sentence of one document, with the propagated ones added (sorted by start).</summary>
    /// <param name="sentences">The word forms of each sentence, in document order.</param>
    /// <param name="mentions">The mentions the model found in each sentence (token indexes relative to the sentence).</param>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static ImmutableArray<EntityMention>[] Propagate(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<ImmutableArray<EntityMention>> mentions)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        if (sentences.Count != mentions.Count)
        {
            throw new ArgumentException($"{sentences.Count} sentences but {mentions.Count} mention lists", nameof(mentions));
        }

        var labels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Count; s++)
        {
            foreach (var m in mentions[s])
            {
                string name = string.Join(' ', sentences[s].Skip(m.FirstToken).Take(m.EndToken - m.FirstToken));
                if (!labels.TryGetValue(name, out var counts))
                {
                    labels[name] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                counts[m.Label] = counts.GetValueOrDefault(m.Label) + 1;
            }
        }

        // Longer names first, so that "Mozilla Firefox" is placed before "Firefox" could claim part of it.
        var names = labels
            .Select(kv => (Words: kv.Key.Split(' '), Label: kv.Value.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key))
            .OrderByDescending(n => n.Words.Length)
            .ThenBy(n => string.Join(' ', n.Words), StringComparer.Ordinal)
            .ToList();
        var result = new ImmutableArray<EntityMention>[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            var forms = sentences[s];
            var taken = new bool[forms.Count];
            var list = mentions[s].ToList();
            foreach (var m in list)
            {
                taken.AsSpan(m.FirstToken, m.EndToken - m.FirstToken).Fill(true);
            }

            foreach (var (words, label) in names)
            {
                for (int i = 0; i + words.Length <= forms.Count; i++)
                {
                    if (Matches(forms, i, words, taken) && !IsNameWord(forms, i - 1) && !IsNameWord(forms, i + words.Length))
                    {
                        list.Add(new EntityMention(i, i + words.Length, label));
                        taken.AsSpan(i, words.Length).Fill(true);
                    }
                }
            }

            result[s] = [.. list.OrderBy(m => m.FirstToken)];
        }

        return result;
    }

    private static bool Matches(IReadOnlyList<string> forms, int start, string[] words, bool[] taken)
    {
        for (int j = 0; j < words.Length; j++)
        {
            if (taken[start + j] || !string.Equals(forms[start + j], words[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameWord(IReadOnlyList<string> forms, int i) =>
        i >= 0 && i < forms.Count && forms[i].Length > 0 && char.IsUpper(forms[i][0]) && forms[i].All(char.IsLetter);
}
