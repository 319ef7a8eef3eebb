using System;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// Thrown by <see cref="FakeStatusHandler"/> when a request fits no registered route and no URL convention.
/// The message names the method and URL and lists what would have matched.
/// </summary>
public sealed class UnmatchedRequestException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="request"/>.</summary>
    /// <param name="request">The request nothing matched.</param>
    /// <param name="message">The explanation, naming the request and the accepted forms.</param>
    public UnmatchedRequestException(HttpRequestMessage request, string message)
        : base(message)
    {
        Method = request?.Method ?? throw new ArgumentNullException(nameof(request));
        Uri = request.RequestUri;
    }

    /// <summary>The method of the unmatched request.</summary>
    public HttpMethod Method { get; }

    /// <summary>The URL of the unmatched request.</summary>
    public Uri? Uri { get; }
}
