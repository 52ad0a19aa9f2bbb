namespace Stancewatch.Text.Decoding;

/// <summary>The bytes are not text this program can decode; the message says why (empty, binary, bad UTF-8).</summary>
public sealed class TextDecodingException : Exception
{
    /// <summary>Creates the exception with the reason.</summary>
    public TextDecodingException(string reason)
        : base(reason)
    {
    }
}
