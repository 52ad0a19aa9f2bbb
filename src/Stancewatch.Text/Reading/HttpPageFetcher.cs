using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace Stancewatch.Text.Reading;

/// <summary>
/// Fetches pages politely: one request at a time per host, <see cref="FetchOptions.DelayPerHost"/> between
/// requests to the same host, a timeout per request and a size limit. Failures throw
/// <see cref="InputException"/> naming the URL and the reason.
/// </summary>
public sealed class HttpPageFetcher : IPageFetcher
{
    private readonly HttpClient client;
    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, HostGate> gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the fetcher over a client the caller owns.</summary>
    public HttpPageFetcher(HttpClient client, FetchOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        this.client = client;
        this.options = options;
        this.time = time;
    }

    /// <inheritdoc />
    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme is not ("http" or "https"))
        {
            throw new InputException(url.ToString(), "only http and https URLs can be fetched");
        }

        HostGate gate = gates.GetOrAdd(url.Host, _ => new HostGate());
        await gate.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait = gate.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                return await GetAsync(url, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.NextAllowed = time.GetUtcNow() + options.DelayPerHost;
            }
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    private async Task<FetchedPage> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        try
        {
            using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new InputException(url.ToString(), $"HTTP {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}");
            }

            long? length = response.Content.Headers.ContentLength;
            if (length > options.MaxBytes)
            {
                throw new InputException(url.ToString(), $"response is {length} bytes, over the limit of {options.MaxBytes}");
            }

            using Stream body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int n;
            while ((n = await body.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > options.MaxBytes)
                {
                    throw new InputException(url.ToString(), $"response is over the limit of {options.MaxBytes} bytes");
                }
            }

            return new FetchedPage(
                response.RequestMessage?.RequestUri ?? url,
                buffer.ToArray(),
                response.Content.Headers.ContentType?.MediaType,
                response.Content.Headers.ContentType?.CharSet);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputException(url.ToString(), $"timed out after {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException ex)
        {
            string status = ex.StatusCode is HttpStatusCode code ? $"HTTP {(int)code}: " : string.Empty;
            throw new InputException(url.ToString(), "fetch failed: " + status + ex.Message);
        }
    }

    private sealed class HostGate
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }
}
