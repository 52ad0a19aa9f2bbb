using Stancewatch.Nlp.Parsing;

namespace Stancewatch.Training;

/// <summary>
/// Dynamic oracle for the arc-hybrid system (Goldberg and Nivre 2013): the cost of a transition is the number of
/// gold arcs that it makes unreachable, plus one for a wrong label on the arc it builds. Gold heads use the
/// parser's convention: the root is position n.
/// </summary>
public static class ArcHybridOracle
{
    /// <summary>Writes the cost of every class into <paramref name="costs"/> (int.MaxValue for illegal ones).</summary>
    public static void Costs(ArcHybridState state, ParserTransitions transitions, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, Span<int> costs)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(transitions);
        int n = state.Length, b = state.Buffer;
        int s0 = state.StackAt(0), s1 = state.StackAt(1);
        costs[..transitions.Count].Fill(int.MaxValue);

        if (state.CanShift)
        {
            int cost = 0;
            for (int k = 0; k < state.StackSize; k++)
            {
                int d = state.Stack[k];
                cost += goldHeads[d] == b ? 1 : 0;
                cost += goldHeads[b] == d && d != s0 ? 1 : 0;
            }

            costs[0] = cost;
        }

        int dependentsInBuffer = 0;
        if (s0 >= 0)
        {
            for (int d = b; d < n; d++)
            {
                dependentsInBuffer += goldHeads[d] == s0 ? 1 : 0;
            }
        }

        if (state.CanLeft)
        {
            int head = goldHeads[s0];
            int cost = dependentsInBuffer + ((s1 >= 0 && head == s1) || head > b ? 1 : 0);
            int l = transitions.Labels.Length;
            for (int label = 0; label < l; label++)
            {
                int cls = transitions.LeftClass(label);
                if (transitions.IsLegal(state, cls))
                {
                    costs[cls] = cost + (head == b && goldLabels[s0] != label ? 1 : 0);
                }
            }
        }

        if (state.CanRight)
        {
            int head = goldHeads[s0];
            int cost = dependentsInBuffer + (head >= b ? 1 : 0);
            int l = transitions.Labels.Length;
            for (int label = 0; label < l; label++)
            {
                int cls = transitions.RightClass(label);
                if (transitions.IsLegal(state, cls))
                {
                    costs[cls] = cost + (head == s1 && goldLabels[s0] != label ? 1 : 0);
                }
            }
        }
    }
}
