using System;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// Builds the response a <see cref="FakeStatusHandler"/> gives for one <see cref="StatusDefinition"/>, for code that answers
/// requests itself (another mocking library, a custom handler): the same status, reason phrase, headers and body, byte for byte.
/// Immutable and thread-safe; every call returns a fresh message with fresh content, so it may be read and disposed freely.
/// </summary>
/// <example>
/// <code>
/// var response = new FakeResponse(StatusCatalog.Default.Get("smtp", 530));
/// HttpResponseMessage message = response.CreateFor(request);
/// </code>
/// </example>
public sealed class FakeResponse
{
    private readonly ResponseTemplate _template;
    private readonly TimeProvider _time;

    /// <summary>Prepares the canonical response of <paramref name="definition"/>; its bytes are computed once, here.</summary>
    /// <param name="definition">The status to answer with.</param>
    /// <param name="timeProvider">The clock of the <c>Date</c> header; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public FakeResponse(StatusDefinition definition, TimeProvider? timeProvider = null)
    {
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
        _template = ResponseTemplate.Canonical(definition);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The status this response answers with.</summary>
    public StatusDefinition Definition { get; }

    /// <summary>
    /// Creates the response to <paramref name="request"/>: its <c>RequestMessage</c> and HTTP version follow the request,
    /// a <c>HEAD</c> request gets no body, and the <c>Date</c> header is read from the clock now.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public HttpResponseMessage CreateFor(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);

        return _template.Create(request, _time.GetUtcNow());
    }

    /// <summary>Creates the response of <paramref name="definition"/> to <paramref name="request"/> in one call.</summary>
    /// <param name="definition">The status to answer with.</param>
    /// <param name="request">The request being answered.</param>
    /// <param name="timeProvider">The clock of the <c>Date</c> header; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> or <paramref name="request"/> is null.</exception>
    public static HttpResponseMessage Create(StatusDefinition definition, HttpRequestMessage request, TimeProvider? timeProvider = null) =>
        new FakeResponse(definition, timeProvider).CreateFor(request);
}
