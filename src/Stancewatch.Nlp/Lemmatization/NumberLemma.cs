namespace Stancewatch.Nlp.Lemmatization;

/// <summary>UD English lemmatizes numbers without thousands separators: "1,100" → "1100".</summary>
public static class NumberLemma
{
    /// <summary>True when <paramref name="form"/> is digits grouped by commas in threes (with an optional decimal part); <paramref name="lemma"/> is it without the commas.</summary>
    public static bool TryDropSeparators(string form, out string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        lemma = form;
        int end = form.IndexOf('.', StringComparison.Ordinal);
        if (end < 0)
        {
            end = form.Length;
        }
        else if (end == form.Length - 1 || !IsDigits(form.AsSpan(end + 1)))
        {
            return false;
        }

        int firstComma = form.IndexOf(',', StringComparison.Ordinal);
        if (firstComma < 1 || firstComma > 3 || firstComma >= end || !IsDigits(form.AsSpan(0, firstComma)))
        {
            return false;
        }

        for (int group = firstComma; group < end; group += 4)
        {
            if (form[group] != ',' || group + 4 > end || !IsDigits(form.AsSpan(group + 1, 3)))
            {
                return false;
            }
        }

        lemma = form.Replace(",", "", StringComparison.Ordinal);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
