namespace Stancewatch.Nlp.Parsing;

/// <summary>
/// A configuration of the arc-hybrid transition system over a sentence of n words, with the artificial root at
/// position n at the end of the buffer (so a sentence gets exactly one root). Moves: SHIFT b0 onto the stack;
/// LEFT-l makes b0 the head of s0 and pops s0; RIGHT-l makes s1 the head of s0 and pops s0. Also keeps the
/// two outermost children on each side and the valencies, for features. One instance per parse: not shared.
/// </summary>
public sealed class ArcHybridState
{
    /// <summary>Value of <see cref="Heads"/> before a word is attached.</summary>
    public const int NoHead = -2;

    /// <summary>Value of child slots that are empty.</summary>
    public const int None = -1;

    /// <summary>Creates the initial configuration: empty stack, every word in the buffer.</summary>
    public ArcHybridState(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        Stack = new int[length + 1];
        Heads = new int[length + 1];
        Labels = new int[length + 1];
        LeftChild1 = new int[length + 1];
        LeftChild2 = new int[length + 1];
        RightChild1 = new int[length + 1];
        RightChild2 = new int[length + 1];
        LeftCount = new int[length + 1];
        RightCount = new int[length + 1];
        Array.Fill(Heads, NoHead);
        Array.Fill(Labels, None);
        Array.Fill(LeftChild1, None);
        Array.Fill(LeftChild2, None);
        Array.Fill(RightChild1, None);
        Array.Fill(RightChild2, None);
    }

    /// <summary>Number of words; the root is position <see cref="Length"/>.</summary>
    public int Length { get; }

    /// <summary>Stack contents, bottom first; the first <see cref="StackSize"/> entries are used.</summary>
    public int[] Stack { get; }

    public int StackSize { get; private set; }

    /// <summary>Index of the buffer front; equals <see cref="Length"/> when only the root is left.</summary>
    public int Buffer { get; private set; }

    /// <summary>Head of each word (<see cref="Length"/> for the root, <see cref="NoHead"/> when unattached).</summary>
    public int[] Heads { get; }

    /// <summary>Label id of each attached word.</summary>
    public int[] Labels { get; }

    public int[] LeftChild1 { get; }
    public int[] LeftChild2 { get; }
    public int[] RightChild1 { get; }
    public int[] RightChild2 { get; }
    public int[] LeftCount { get; }
    public int[] RightCount { get; }

    /// <summary>True when every word is attached.</summary>
    public bool IsTerminal => StackSize == 0 && Buffer == Length;

    /// <summary>The k-th stack item from the top (0 = s0), or <see cref="None"/>.</summary>
    public int StackAt(int k) => k < StackSize ? Stack[StackSize - 1 - k] : None;

    /// <summary>The k-th buffer item (0 = b0; the root counts), or <see cref="None"/>.</summary>
    public int BufferAt(int k) => Buffer + k <= Length ? Buffer + k : None;

    public bool CanShift => Buffer < Length;

    public bool CanLeft => StackSize > 0 && (Buffer < Length || StackSize == 1);

    public bool CanRight => StackSize > 1;

    public void Shift() => Stack[StackSize++] = Buffer++;

    public void Left(int label)
    {
        int dependent = Stack[--StackSize];
        Attach(Buffer, dependent, label);
    }

    public void Right(int label)
    {
        int dependent = Stack[--StackSize];
        Attach(Stack[StackSize - 1], dependent, label);
    }

    private void Attach(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            LeftCount[head]++;
            if (LeftChild1[head] == None || dependent < LeftChild1[head])
            {
                LeftChild2[head] = LeftChild1[head];
                LeftChild1[head] = dependent;
            }
            else if (LeftChild2[head] == None || dependent < LeftChild2[head])
            {
                LeftChild2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            if (RightChild1[head] == None || dependent > RightChild1[head])
            {
                RightChild2[head] = RightChild1[head];
                RightChild1[head] = dependent;
            }
            else if (RightChild2[head] == None || dependent > RightChild2[head])
            {
                RightChild2[head] = dependent;
            }
        }
    }
}
