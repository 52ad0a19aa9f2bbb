using System.Text;

namespace Stancewatch.Text.Decoding;

/// <summary>
/// Decodes the bytes of a text input, choosing the encoding from the bytes themselves:
/// a byte-order mark; else UTF-16 recognised by its zero bytes; else strict UTF-8; else, when the bytes hold no
/// valid multi-byte UTF-8 sequence at all, a legacy code page (Windows-1251 when high bytes form Cyrillic-like
/// letter runs, otherwise Windows-1252). Empty, binary and damaged UTF-8 inputs are rejected with the reason.
/// </summary>
public sealed class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <exception cref="TextDecodingException">The bytes are empty, binary, or damaged UTF-8.</exception>
    public DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new TextDecodingException("empty file (0 bytes)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(DecodeUtf8(bytes[3..], 3), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeWith(new UTF32Encoding(false, false, true), bytes[4..], "utf-32le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeWith(new UTF32Encoding(true, false, true), bytes[4..], "utf-32be");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWith(new UnicodeEncoding(false, false, true), bytes[2..], "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWith(new UnicodeEncoding(true, false, true), bytes[2..], "utf-16be");
        }

        string? utf16 = GuessUtf16(bytes);
        if (utf16 is not null)
        {
            return DecodeWith(new UnicodeEncoding(utf16 == "utf-16be", false, true), bytes, utf16);
        }

        if (LooksBinary(bytes))
        {
            throw new TextDecodingException("binary content, not text");
        }

        int invalidAt = FirstInvalidUtf8(bytes, out bool sawMultiByte);
        if (invalidAt < 0)
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8");
        }

        if (sawMultiByte)
        {
            throw new TextDecodingException(
                $"invalid UTF-8 at byte {invalidAt.ToString(System.Globalization.CultureInfo.InvariantCulture)} in a file that is otherwise UTF-8");
        }

        int codePage = LooksCyrillic(bytes) ? 1251 : 1252;
        System.Text.Encoding legacy = CodePagesEncodingProvider.Instance.GetEncoding(codePage)
            ?? throw new InvalidOperationException($"code page {codePage} is not available");
        return new DecodedText(legacy.GetString(bytes), "windows-" + codePage.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        int invalidAt = FirstInvalidUtf8(bytes, out _);
        if (invalidAt >= 0)
        {
            throw new TextDecodingException(
                $"invalid UTF-8 at byte {(invalidAt + offset).ToString(System.Globalization.CultureInfo.InvariantCulture)} after a UTF-8 byte-order mark");
        }

        return StrictUtf8.GetString(bytes);
    }

    private static DecodedText DecodeWith(System.Text.Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            string text = encoding.GetString(bytes);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                throw new TextDecodingException("binary content, not text (NUL characters in " + name + ")");
            }

            return new DecodedText(text, name);
        }
        catch (DecoderFallbackException ex)
        {
            throw new TextDecodingException("invalid " + name + ": " + ex.Message);
        }
    }

    /// <summary>UTF-16 without BOM: ASCII-range text has a zero in every other byte.</summary>
    private static string? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int n = Math.Min(bytes.Length, 4096) & ~1;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0)
            {
                zeroEven++;
            }

            if (bytes[i + 1] == 0)
            {
                zeroOdd++;
            }
        }

        int pairs = n / 2;
        if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.05)
        {
            return "utf-16le";
        }

        if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.05)
        {
            return "utf-16be";
        }

        return null;
    }

    /// <summary>NUL bytes, or many control characters other than tab/newline/carriage return/form feed.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++)
        {
            byte b = bytes[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B))
            {
                control++;
            }
        }

        return control > n / 100 + 1;
    }

    /// <summary>Index of the first byte that breaks UTF-8, or -1; also whether any valid multi-byte sequence was seen.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, out bool sawMultiByte)
    {
        sawMultiByte = false;
        int firstInvalid = -1;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            if (b > 0xF4)
            {
                length = 0;
            }

            bool valid = length > 0 && i + length <= bytes.Length;
            for (int k = 1; valid && k < length; k++)
            {
                valid = (bytes[i + k] & 0xC0) == 0x80;
            }

            if (valid && length >= 3)
            {
                // Reject overlongs and surrogates the same way the strict decoder does.
                valid = System.Text.Unicode.Utf8.IsValid(bytes.Slice(i, length));
            }

            if (valid)
            {
                sawMultiByte = true;
                i += length;
            }
            else
            {
                if (firstInvalid < 0)
                {
                    firstInvalid = i;
                }

                i++;
            }
        }

        return firstInvalid;
    }

    /// <summary>Windows-1251 Cyrillic letters are 0xC0–0xFF and come in runs; Western accents are isolated.</summary>
    private static bool LooksCyrillic(ReadOnlySpan<byte> bytes)
    {
        int high = 0, runs = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0xC0)
            {
                high++;
                if (i + 1 < bytes.Length && bytes[i + 1] >= 0xC0)
                {
                    runs++;
                }
            }
        }

        return high > 0 && runs * 2 >= high;
    }
}
