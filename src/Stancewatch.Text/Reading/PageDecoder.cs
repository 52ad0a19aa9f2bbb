using Stancewatch.Text.Decoding;

namespace Stancewatch.Text.Reading;

/// <summary>
/// Turns fetched bytes into an <see cref="InputSource"/>: the charset the server named when it names a known
/// encoding, else <see cref="TextDecoder"/> on the bytes.
/// </summary>
public sealed class PageDecoder
{
    private readonly TextDecoder decoder;

    /// <summary>Creates the page decoder.</summary>
    public PageDecoder(TextDecoder decoder)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        this.decoder = decoder;
    }

    /// <summary>The decoded input for a page fetched for <paramref name="origin"/>.</summary>
    /// <exception cref="InputException">The bytes are not decodable text.</exception>
    public InputSource Decode(string origin, FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        string? charset = page.CharSet?.Trim('"', ' ').ToLowerInvariant();
        if (charset is not null && charset is not ("utf-8" or "utf8"))
        {
            System.Text.Encoding? named = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(charset);
            if (named is null)
            {
                try
                {
                    named = System.Text.Encoding.GetEncoding(charset);
                }
                catch (ArgumentException)
                {
                    named = null;
                }
            }

            if (named is not null)
            {
                return new InputSource
                {
                    Origin = origin,
                    Url = page.Url,
                    Raw = page.Bytes,
                    Text = named.GetString(page.Bytes),
                    Encoding = charset,
                    MediaType = page.MediaType,
                };
            }
        }

        try
        {
            DecodedText text = decoder.Decode(page.Bytes);
            return new InputSource
            {
                Origin = origin,
                Url = page.Url,
                Raw = page.Bytes,
                Text = text.Text,
                Encoding = text.EncodingName,
                MediaType = page.MediaType,
            };
        }
        catch (TextDecodingException ex)
        {
            throw new InputException(origin, ex.Message);
        }
    }
}
