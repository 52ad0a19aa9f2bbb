namespace Stancewatch.Nlp.Entities;

/// <summary>
/// Best tag sequence under per-token tag scores plus tag-transition scores, restricted to the transitions a
/// <see cref="BilouScheme"/> allows (first-order Viterbi).
/// </summary>
public static class ViterbiDecoder
{
    /// <summary>Decodes one sentence.</summary>
    /// <param name="scheme">Tag set and allowed transitions.</param>
    /// <param name="emissions">n × tags scores, row-major.</param>
    /// <param name="transitions">(tags + 1) × tags scores; row 0 is the sentence start, row p + 1 follows tag p.</param>
    /// <param name="length">Number of tokens n.</param>
    /// <returns>The tag of each token.</returns>
    public static int[] Decode(BilouScheme scheme, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int length)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        int t = scheme.Count;
        var tags = new int[length];
        if (length == 0)
        {
            return tags;
        }

        var score = new float[length * t];
        var back = new int[length * t];
        for (int y = 0; y < t; y++)
        {
            score[y] = scheme.CanFollow(-1, y) ? emissions[y] + transitions[y] : float.NegativeInfinity;
        }

        for (int i = 1; i < length; i++)
        {
            for (int y = 0; y < t; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < t; p++)
                {
                    float s = score[((i - 1) * t) + p];
                    if (float.IsNegativeInfinity(s) || !scheme.CanFollow(p, y))
                    {
                        continue;
                    }

                    s += transitions[((p + 1) * t) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[(i * t) + y] = best + emissions[(i * t) + y];
                back[(i * t) + y] = arg;
            }
        }

        float end = float.NegativeInfinity;
        int last = 0;
        for (int y = 0; y < t; y++)
        {
            float s = score[((length - 1) * t) + y];
            if (scheme.CanEnd(y) && s > end)
            {
                end = s;
                last = y;
            }
        }

        tags[length - 1] = last;
        for (int i = length - 1; i > 0; i--)
        {
            tags[i - 1] = back[(i * t) + tags[i]];
        }

        return tags;
    }
}
