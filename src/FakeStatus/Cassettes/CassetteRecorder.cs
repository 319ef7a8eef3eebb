using System.Diagnostics.CodeAnalysis;
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
    // Hop-by-hop and framing headers describe one connection, not the answer; replay sets its own length.
    private static readonly string[] Unrecorded = ["Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Upgrade", "Proxy-Connection"];

    private readonly List<CassetteInteraction> _interactions = [];
    private readonly string? _path;
    private readonly CassetteOptions _options;

    /// <summary>Records exchanges with <paramref name="inner"/>; if <paramref name="path"/> is given, the cassette is written there after each one.</summary>
    /// <param name="inner">The real handler, e.g. <see cref="HttpClientHandler"/>.</param>
    /// <param name="path">The cassette file to keep up to date, or <see langword="null"/> to save with <see cref="Save"/>.</param>
    /// <param name="options">What to mask; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    public CassetteRecorder(HttpMessageHandler inner, string? path = null, CassetteOptions? options = null)
        : base(inner ?? throw new ArgumentNullException(nameof(inner)))
    {
        _path = path;
        _options = options ?? new CassetteOptions();
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

    /// <summary>Writes the cassette recorded so far to <paramref name="path"/>.</summary>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public void Save(string path) => Cassette.Save(path);

    /// <inheritdoc />
    [SuppressMessage("Performance", "CA1849", Justification = "The file is written under the lock so concurrent requests cannot interleave it; netstandard2.0 has no asynchronous write.")]
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        byte[] requestBody = request.Content is null ? [] : await ContentBytes.ReadAsync(request.Content, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        byte[] responseBody = [];
        if (response.Content is not null)
        {
            // Reading buffers the content, so the caller can still read it after we did.
            responseBody = await ContentBytes.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        }

        var interaction = new CassetteInteraction(
            request.Method.Method,
            _options.MaskUrl(request.RequestUri!),
            Collect(request.Headers, request.Content?.Headers),
            requestBody,
            (int)response.StatusCode,
            response.ReasonPhrase,
            Collect(response.Headers, response.Content?.Headers),
            responseBody);

        lock (_interactions)
        {
            _interactions.Add(interaction);
            if (_path is not null)
            {
                File.WriteAllText(_path, CassetteWriter.Write(_interactions));
            }
        }

        return response;
    }

    private Dictionary<string, IReadOnlyList<string>> Collect(HttpHeaders headers, HttpHeaders? content)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in content is null ? headers : headers.Concat(content))
        {
            if (Unrecorded.Contains(header.Key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            result[header.Key] = _options.IsSecret(header.Key) ? header.Value.Select(_ => _options.Mask).ToArray() : header.Value.ToArray();
        }

        return result;
    }
}
