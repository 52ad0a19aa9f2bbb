using Stancewatch.Knowledge.Actors;
using Stancewatch.Nlp.Entities;

namespace Stancewatch.Training.Entities;

/// <summary>
/// The names of our actor knowledge base (data/actors) as a <see cref="PhraseLexicon"/> for the entity features:
/// states' names, short forms, former names and capitals → LOC; organisations, state media and named bodies → ORG;
/// people and their spelling variants → PER. A name listed under two types gets both ("LOC|PER"). One-word names
/// that the treebanks mostly tag as common words ("us", "chad", "turkey") are left out: lower-cased, they are
/// rarely the name.
/// </summary>
public static class KnownNames
{
    /// <summary>Builds the lexicon from a loaded registry and the proper-noun lexicon (<see cref="NerLexicons.ProperNouns"/>).</summary>
    public static PhraseLexicon From(ActorRegistry registry, WordLexicon properNouns)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(properNouns);
        var types = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string name, string type)
        {
            string key = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EntityFeatureExtractor.Key));
            if (key.Length < 2 || !key.Contains(' ', StringComparison.Ordinal) && MostlyCommon(properNouns.ClassOf(key)))
            {
                return;
            }

            if (!types.TryGetValue(key, out var set))
            {
                types[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(type);
        }

        foreach (var s in registry.States.Values)
        {
            foreach (var n in s.Names.Concat(s.ShortForms).Concat(s.FormerNames).Concat(s.Capitals))
            {
                Add(n, "LOC");
            }
        }

        foreach (var o in registry.Organisations.Values)
        {
            foreach (var n in o.Names.Concat(o.ShortForms))
            {
                Add(n, "ORG");
            }
        }

        foreach (var m in registry.Media.Values)
        {
            foreach (var n in m.Names)
            {
                Add(n, "ORG");
            }
        }

        foreach (var b in registry.Bodies.Where(b => b.Actor is not null))
        {
            Add(b.Name, "ORG");
        }

        foreach (var p in registry.People.Values.Where(p => !p.Imported))
        {
            foreach (var n in p.Variants.Prepend(p.Name))
            {
                Add(n, "PER");
            }
        }

        return new PhraseLexicon(types.Select(kv => KeyValuePair.Create(kv.Key, string.Join('|', kv.Value))));
    }

    // Proper-noun classes "p0".."p2": tagged PROPN under half the time.
    private static bool MostlyCommon(string? properNounClass) =>
        properNounClass is { Length: > 1 } c && c[0] == 'p' && c[1] is '0' or '1' or '2';
}
