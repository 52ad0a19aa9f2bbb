namespace Stancewatch.Text.Decoding;

/// <summary>Text decoded from bytes, with the name of the encoding it was decoded from.</summary>
/// <param name="Text">The decoded characters (any byte-order mark removed).</param>
/// <param name="EncodingName">utf-8, utf-16le, utf-16be, utf-32le, utf-32be, windows-1251 or windows-1252.</param>
public sealed record DecodedText(string Text, string EncodingName);
