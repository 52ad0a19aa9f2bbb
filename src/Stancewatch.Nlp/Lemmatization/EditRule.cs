using System.Globalization;

namespace Stancewatch.Nlp.Lemmatization;

/// <summary>
/// How a lemma is made from a form: optionally lower-case the form, remove <see cref="Strip"/> characters from its
/// end and append <see cref="Append"/> (e.g. "Forces" → "force" is lower, strip 1, append ""). Written as
/// <c>L|1|</c> (L = lower-case first, K = keep case).
/// </summary>
public readonly record struct EditRule(bool Lower, int Strip, string Append)
{
    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/> with the longest kept stem (keeping case on ties).</summary>
    public static EditRule Learn(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        int keep = CommonPrefix(form, lemma);
        int lower = CommonPrefix(form.ToLowerInvariant(), lemma);
        return lower > keep
            ? new EditRule(true, form.Length - lower, lemma[lower..])
            : new EditRule(false, form.Length - keep, lemma[keep..]);
    }

    /// <summary>Parses <c>L|1|</c>.</summary>
    /// <exception cref="FormatException">The text is not a rule.</exception>
    public static EditRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('|', 3);
        if (parts.Length != 3 || (parts[0] != "L" && parts[0] != "K") || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int strip))
        {
            throw new FormatException($"'{text}' is not an edit rule like L|1|e");
        }

        return new EditRule(parts[0] == "L", strip, parts[2]);
    }

    /// <summary>True when the rule can apply to <paramref name="form"/> and leaves a non-empty lemma.</summary>
    public bool AppliesTo(string form) => form.Length >= Strip && (form.Length > Strip || Append.Length > 0);

    /// <summary>Applies the rule; call <see cref="AppliesTo"/> first.</summary>
    public string Apply(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string f = Lower ? form.ToLowerInvariant() : form;
        return Strip == 0 && Append.Length == 0 ? f : string.Concat(f.AsSpan(0, f.Length - Strip), Append);
    }

    public override string ToString() => (Lower ? "L|" : "K|") + Strip.ToString(CultureInfo.InvariantCulture) + "|" + Append;

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
