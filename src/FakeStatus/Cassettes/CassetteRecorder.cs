using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <summary>
/// A <see cref="DelegatingHandler"/> that sends each request to its inner (real) handler and records the exchange, secrets
/// masked. Put it behind a fake with <c>Unmatched = UnmatchedPolicy.PassThrough(recorder)</c>: routes you register still
/// answer, and everything else goes to the real API and into the cassette.
/// </summary>
public sealed class CassetteRecorder : DelegatingHandler
{
    // Hop-by-hop and framing headers describe one connection, not the answer; replay sets its own length, except for HEAD,
    // whose answer has no body and whose Content-Length is the length a GET would get.
    private static readonly string[] Unrecorded = ["Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection"];

    private readonly List<CassetteInteraction> _interactions = [];
    private readonly object _saving = new();
    private readonly string? _path;
    private readonly CassetteOptions _options;
    private (long Length, DateTime Written)? _before;
    private int _saved;

    /// <summary>
    /// Records exchanges with <paramref name="inner"/>; if <paramref name="path"/> is given, the cassette is written there by
    /// <see cref="Flush"/> and when the recorder is disposed (disposing a <see cref="FakeStatusHandler"/> disposes the
    /// recorder it passes through to).
    /// </summary>
    /// <param name="inner">The real handler, e.g. <see cref="HttpClientHandler"/>.</param>
    /// <param name="path">The cassette file to write, or <see langword="null"/> to save with <see cref="Save"/>.</param>
    /// <param name="options">What to mask; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    public CassetteRecorder(HttpMessageHandler inner, string? path = null, CassetteOptions? options = null)
        : base(inner ?? throw new ArgumentNullException(nameof(inner)))
    {
        _path = path;
        _options = options ?? new CassetteOptions();
        _before = path is null ? null : Version(path);
    }

    /// <summary>The exchanges recorded so far, in the order their responses arrived.</summary>
    public Cassette Cassette
    {
        get
        {
            lock (_interactions)
            {
                return new Cassette(_interactions.ToArray());
            }
        }
    }

    /// <summary>Writes the cassette recorded so far to <paramref name="path"/>, replacing the file in one step.</summary>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public void Save(string path) => Cassette.Save(path);

    /// <summary>
    /// Adds the exchanges recorded since the last flush to the cassette file given to the constructor. A file that existed
    /// before this recorder was created, and that nobody wrote since, is replaced; a file another recorder wrote meanwhile
    /// (in this process or another) is kept and added to, so no recorder loses another's exchanges. The file is replaced in
    /// one step under a lock shared by every process on the machine: a reader never sees half a file.
    /// </summary>
    /// <exception cref="InvalidOperationException">The recorder was created without a path.</exception>
    /// <exception cref="CassetteFormatException">The file another recorder wrote is not a valid cassette; it is left as it is.</exception>
    /// <exception cref="IOException">The file cannot be written, or another writer held it for more than 30 seconds.</exception>
    public void Flush()
    {
        string path = _path ?? throw new InvalidOperationException("This CassetteRecorder was created without a path; call Save(path) to write its cassette.");
        lock (_saving)
        {
            CassetteInteraction[] added;
            lock (_interactions)
            {
                added = _interactions.Skip(_saved).ToArray();
            }

            if (added.Length == 0 && _saved > 0)
            {
                return;
            }

            using (CassetteFile.Lock(path))
            {
                var all = new List<CassetteInteraction>();
                bool keep = File.Exists(path) && (_before is null || Version(path) != _before);
                if (keep)
                {
                    all.AddRange(Cassette.Load(path).Interactions);
                }

                all.AddRange(added);
                CassetteFile.WriteAtomically(path, CassetteWriter.Write(all));
            }

            _before = null;
            _saved += added.Length;
        }
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // What the client sent, read before the inner handler runs: a handler that follows a redirect rewrites the request's
        // URI (and drops Authorization), and the replay must answer the request the client will send again.
        string method = request.Method.Method;
        string url = _options.MaskUrl(request.RequestUri!);
        Dictionary<string, IReadOnlyList<string>> requestHeaders = Collect(request.Headers, request.Content?.Headers, keepLength: false);
        byte[] requestBody = request.Content is null ? [] : await ContentBytes.ReadAsync(request.Content, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        byte[] responseBody = [];
        if (response.Content is not null)
        {
            // Reading buffers the content, so the caller can still read it after we did.
            responseBody = await ContentBytes.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        }

        // The client keeps the bytes it was sent; only what goes to the file is masked.
        var interaction = new CassetteInteraction(
            method,
            url,
            requestHeaders,
            _options.MaskRequestBody(requestBody, request.Content?.Headers.ContentType?.MediaType),
            (int)response.StatusCode,
            response.ReasonPhrase,
            Collect(response.Headers, response.Content?.Headers, keepLength: request.Method == HttpMethod.Head),
            _options.MaskResponseBody(responseBody, response.Content?.Headers.ContentType?.MediaType));

        lock (_interactions)
        {
            _interactions.Add(interaction);
        }

        return response;
    }

    /// <summary>Writes the cassette file (see <see cref="Flush"/>) when a path was given, then releases the inner handler.</summary>
    /// <param name="disposing">Whether this is a call to <c>Dispose()</c> rather than finalization.</param>
    protected override void Dispose(bool disposing)
    {
        try
        {
            if (disposing && _path is not null)
            {
                Flush();
            }
        }
        finally
        {
            base.Dispose(disposing);
        }
    }

    private static (long Length, DateTime Written)? Version(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : null;
    }

    private Dictionary<string, IReadOnlyList<string>> Collect(HttpHeaders headers, HttpHeaders? content, bool keepLength)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in Raw(headers).Concat(content is null ? [] : Raw(content)))
        {
            if (Unrecorded.Contains(header.Key, StringComparer.OrdinalIgnoreCase) ||
                (!keepLength && string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            result[header.Key] = _options.IsSecret(header.Key) ? header.Value.Select(_ => _options.Mask).ToArray() : header.Value.ToArray();
        }

        return result;
    }

    // The values as the server sent them: .NET's parsed view re-tokenises some (Server: "nginx/1.2 (Ubuntu)" becomes two values).
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "netstandard2.0 has no raw view and returns the headers themselves; the other targets return a projection.")]
    private static IEnumerable<KeyValuePair<string, IEnumerable<string>>> Raw(HttpHeaders headers) =>
#if NET6_0_OR_GREATER
        headers.NonValidated.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value));
#else
        headers;
#endif
}
