using System;
using System.Net.Http;
using RichardSzalay.MockHttp;

namespace FakeStatus;

/// <summary>
/// Answers a MockHttp route with FakeStatus's response for a status code: the same status, reason phrase, headers and body
/// as <see cref="FakeStatusHandler"/>. Each request gets a fresh message and fresh content, so a route can be hit any number
/// of times and every response read and disposed on its own.
/// </summary>
/// <example>
/// <code>
/// var mockHttp = new MockHttpMessageHandler();
/// mockHttp.When("/login").RespondWithStatus("smtp", 530);
/// mockHttp.When("/orders").RespondWithStatus(503);
/// </code>
/// </example>
public static class FakeStatusMockHttpExtensions
{
    /// <summary>Answers the route with HTTP status <paramref name="code"/> from <see cref="StatusCatalog.Default"/>.</summary>
    /// <param name="source">The mocked route.</param>
    /// <param name="code">The HTTP status code, 100-999; a code the catalog lacks answers <c>Unknown Status Code</c>, as the URL conventions do.</param>
    /// <returns>The route, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    public static MockedRequest RespondWithStatus(this MockedRequest source, int code) =>
        RespondWithStatus(source, StatusCatalog.Http, code);

    /// <summary>Answers the route with <paramref name="code"/> of <paramref name="protocol"/> from <see cref="StatusCatalog.Default"/>.</summary>
    /// <param name="source">The mocked route.</param>
    /// <param name="protocol">The protocol, e.g. <c>http</c>, <c>smtp</c>, <c>ftp</c> (case-insensitive).</param>
    /// <param name="code">The status code, 100-999; a code the catalog lacks answers <c>Unknown Status Code</c>, as the URL conventions do.</param>
    /// <returns>The route, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="protocol"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is not in the catalog; the message lists those that are.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    public static MockedRequest RespondWithStatus(this MockedRequest source, string protocol, int code) =>
        RespondWithStatus(source, Lookup(StatusCatalog.Default, protocol, code));

    /// <summary>Answers the route with HTTP status <paramref name="code"/>, dated by <paramref name="timeProvider"/>.</summary>
    /// <param name="source">The mocked route.</param>
    /// <param name="code">The HTTP status code, 100-999.</param>
    /// <param name="timeProvider">The clock of the <c>Date</c> header, e.g. a <c>FakeTimeProvider</c>.</param>
    /// <returns>The route, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    public static MockedRequest RespondWithStatus(this MockedRequest source, int code, TimeProvider timeProvider) =>
        RespondWithStatus(source, StatusCatalog.Http, code, timeProvider);

    /// <summary>Answers the route with <paramref name="code"/> of <paramref name="protocol"/>, dated by <paramref name="timeProvider"/>.</summary>
    /// <param name="source">The mocked route.</param>
    /// <param name="protocol">The protocol, e.g. <c>http</c>, <c>smtp</c>, <c>ftp</c> (case-insensitive).</param>
    /// <param name="code">The status code, 100-999.</param>
    /// <param name="timeProvider">The clock of the <c>Date</c> header, e.g. a <c>FakeTimeProvider</c>.</param>
    /// <returns>The route, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is not in the catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    public static MockedRequest RespondWithStatus(this MockedRequest source, string protocol, int code, TimeProvider timeProvider) =>
        RespondWithStatus(source, Lookup(StatusCatalog.Default, protocol, code), timeProvider);

    /// <summary>Answers the route with the canonical response of <paramref name="definition"/>, dated by the system clock.</summary>
    /// <param name="source">The mocked route.</param>
    /// <param name="definition">The status, e.g. <c>StatusCatalog.Default.Get("http", 530, "pantheon")</c> or one of your own.</param>
    /// <returns>The route, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="definition"/> is null.</exception>
    public static MockedRequest RespondWithStatus(this MockedRequest source, StatusDefinition definition) =>
        RespondWithStatus(source, definition, TimeProvider.System);

    /// <summary>Answers the route with the canonical response of <paramref name="definition"/>, dated by <paramref name="timeProvider"/>.</summary>
    /// <param name="source">The mocked route.</param>
    /// <param name="definition">The status to answer with.</param>
    /// <param name="timeProvider">The clock of the <c>Date</c> header, e.g. a <c>FakeTimeProvider</c>.</param>
    /// <returns>The route, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MockedRequest RespondWithStatus(this MockedRequest source, StatusDefinition definition, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(timeProvider);

        // Built once per route; CreateFor makes a new message and content per request. MockHttp's own Respond(status, content)
        // hands out one content object, so the second request reads a disposed stream.
        var response = new FakeResponse(definition, timeProvider);
        source.Respond((HttpRequestMessage request) => response.CreateFor(request));
        return source;
    }

    private static StatusDefinition Lookup(StatusCatalog registry, string protocol, int code)
    {
        if (registry.TryGet(protocol, code, out StatusDefinition? definition))
        {
            return definition;
        }

        // Get throws the clear error for a null or unknown protocol or an out-of-range code; what is left is a code the
        // catalog lacks, answered as the URL conventions answer it.
        if (registry.VariantsOf(protocol, code).Count == 0 && code is >= 100 and <= 999)
        {
            return new StatusDefinition(protocol, code, StatusCatalog.UnknownReasonPhrase);
        }

        return registry.Get(protocol, code);
    }
}
