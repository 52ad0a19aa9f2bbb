using System.Runtime.InteropServices;

namespace Stancewatch.Nlp.Tagging;

/// <summary>
/// Restores Number and Person on finite VBD and VBP verbs from their subject, as UD English marks them: a
/// personal pronoun gives its own person and number, a relative pronoun those of the noun it modifies, a
/// coordinated subject the plural, any other subject the third person with its number. A verb without a subject
/// of its own takes the subject of the verb it is an auxiliary of or is coordinated with; with none at all it is
/// first person singular, and "was" is always third person singular, as in EWT. "are" and "were" are plural
/// unless their subject is a first or second person pronoun ("you are" is singular, as in EWT), whatever number
/// the subject noun was tagged with ("the police are", "the team were"). Runs after the parser.
/// Stateless and thread-safe.
/// </summary>
public sealed class VerbAgreement : IAnnotator
{
    public string Name => "verb-agreement";

    public AnnotationLayers Requires => AnnotationLayers.Tags | AnnotationLayers.Dependencies;

    public AnnotationLayers Produces => AnnotationLayers.Tags;

    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var feats = document.Feats.ToArray();
        var forms = ImmutableCollectionsMarshal.AsArray(document.Forms)!;
        var upos = ImmutableCollectionsMarshal.AsArray(document.Upos)!;
        var xpos = ImmutableCollectionsMarshal.AsArray(document.Xpos)!;
        var heads = ImmutableCollectionsMarshal.AsArray(document.Heads)!;
        var deprels = ImmutableCollectionsMarshal.AsArray(document.Deprels)!;
        foreach (var s in document.Sentences())
        {
            Apply(forms, upos, xpos, feats, heads, deprels, s.FirstToken, s.EndToken);
        }

        return document.WithTags(document.Upos, document.Xpos, [.. feats]);
    }

    /// <summary>
    /// Sets Number and Person in <paramref name="feats"/> for the verbs of the sentence [first, end); heads are
    /// absolute indexes (-1 for the root).
    /// </summary>
    public static void Apply(IReadOnlyList<string> forms, string[] upos, string[] xpos, string[] feats, int[] heads, string[] deprels, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(feats);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(deprels);
        var original = feats[first..end];
        for (int i = first; i < end; i++)
        {
            if (!TagClasses.TakesAgreement(xpos[i]) || !feats[i].Contains("VerbForm=Fin", StringComparison.Ordinal))
            {
                continue;
            }

            // EWT marks "was" as third person singular even after "I" in most cases.
            var agreement = forms[i].Equals("was", StringComparison.OrdinalIgnoreCase)
                ? ("Sing", "3")
                : Agreement(upos, original, heads, deprels, first, end, i);
            var (number, person) = IsPluralBe(forms[i]) && agreement is not (_, "1" or "2")
                ? ("Plur", "3")
                : agreement ?? ("Sing", "1"); // Without a subject ("Thank you", "Hope to see you") EWT reads the first person singular.
            feats[i] = WithAgreement(feats[i], number, person);
        }
    }

    private static bool IsPluralBe(string form) =>
        form.Equals("are", StringComparison.OrdinalIgnoreCase) || form.Equals("were", StringComparison.OrdinalIgnoreCase)
        || form.Equals("'re", StringComparison.OrdinalIgnoreCase) || form.Equals("\u2019re", StringComparison.OrdinalIgnoreCase);

    private static (string Number, string Person)? Agreement(string[] upos, string[] feats, int[] heads, string[] deprels, int first, int end, int verb)
    {
        int v = verb;
        for (int hop = 0; hop < 4 && v >= 0; hop++)
        {
            int subject = Child(heads, deprels, first, end, v, "nsubj");
            subject = subject >= 0 ? subject : Child(heads, deprels, first, end, v, "expl");
            if (subject >= 0)
            {
                return FromSubject(upos, feats, heads, deprels, first, end, subject, 0);
            }

            string rel = deprels[v];
            if (rel is "aux" or "aux:pass" or "cop" || rel.StartsWith("conj", StringComparison.Ordinal))
            {
                v = heads[v];
                continue;
            }

            break;
        }

        return null;
    }

    private static int Child(int[] heads, string[] deprels, int first, int end, int head, string relation)
    {
        for (int i = first; i < end; i++)
        {
            if (heads[i] == head && deprels[i].StartsWith(relation, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static (string Number, string Person) FromSubject(string[] upos, string[] feats, int[] heads, string[] deprels, int first, int end, int subject, int depth)
    {
        string f = feats[subject - first];
        if (depth < 3 && upos[subject] == "PRON" && f.Contains("PronType=Rel", StringComparison.Ordinal))
        {
            int verb = heads[subject];
            int noun = verb >= 0 ? heads[verb] : -1;
            if (noun >= 0 && deprels[verb].StartsWith("acl", StringComparison.Ordinal))
            {
                return FromSubject(upos, feats, heads, deprels, first, end, noun, depth + 1);
            }
        }

        if (Child(heads, deprels, first, end, subject, "conj") >= 0)
        {
            return ("Plur", upos[subject] == "PRON" ? Value(f, "Person") ?? "3" : "3");
        }

        string number = Value(f, "Number") switch
        {
            "Plur" or "Ptan" => "Plur",
            _ => "Sing",
        };
        return upos[subject] == "PRON" && Value(f, "Person") is string person ? (number, person) : (number, "3");
    }

    private static string? Value(string feats, string name)
    {
        foreach (var part in feats.Split('|'))
        {
            if (part.Length > name.Length && part.StartsWith(name, StringComparison.Ordinal) && part[name.Length] == '=')
            {
                return part[(name.Length + 1)..];
            }
        }

        return null;
    }

    /// <summary>Adds Number and Person to a FEATS value, keeping features sorted by name.</summary>
    public static string WithAgreement(string feats, string number, string person)
    {
        ArgumentNullException.ThrowIfNull(feats);
        var parts = (feats == "_" ? [] : feats.Split('|'))
            .Where(p => !p.StartsWith("Number=", StringComparison.Ordinal) && !p.StartsWith("Person=", StringComparison.Ordinal))
            .Append("Number=" + number)
            .Append("Person=" + person)
            .OrderBy(p => p.Split('=')[0], StringComparer.OrdinalIgnoreCase);
        return string.Join('|', parts);
    }
}
