using Stancewatch.Extraction.Dates;

namespace Stancewatch.Extraction.Events;

/// <summary>Finds the date that governs a trigger: a date attached to it or to a clause above it, else the sentence's only date.</summary>
internal static class EventDates
{
    public static DateOnly? DateOf(DependencyIndex deps, DateResolution dates, int trigger)
    {
        if (dates.Mentions.IsEmpty)
        {
            return null;
        }

        int guard = 0;
        for (int a = trigger; a >= 0 && guard++ < 32; a = deps.Head(a))
        {
            foreach (int c in deps.Children(a))
            {
                if (dates.HeadedBy(c) is { } direct)
                {
                    return direct.Date;
                }

                if (deps.BaseRel(c) is "obl" or "nmod" or "advmod" or "advcl" or "obj")
                {
                    foreach (int g in deps.Children(c))
                    {
                        if (dates.HeadedBy(g) is { } nested)
                        {
                            return nested.Date;
                        }
                    }
                }
            }
        }

        var sentence = deps.Document.Sentence(deps.Document.SentenceOf(trigger));
        DateMention? only = null;
        foreach (var m in dates.Within(sentence.FirstToken, sentence.EndToken))
        {
            if (only is not null)
            {
                return null;
            }

            only = m;
        }

        return only?.Date;
    }
}
