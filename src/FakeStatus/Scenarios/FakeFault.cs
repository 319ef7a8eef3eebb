using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace FakeStatus;

/// <summary>
/// A network failure to raise instead of a response, shaped exactly as <c>SocketsHttpHandler</c> raises it on .NET 8+
/// (same exception types, messages, <c>HttpRequestError</c> and inner exceptions). Immutable; a fresh exception per request.
/// </summary>
public sealed class FakeFault
{
    private readonly Func<HttpRequestMessage, Exception> _create;

    private FakeFault(string name, Func<HttpRequestMessage, Exception> create, TimeSpan delay)
    {
        Name = name;
        _create = create;
        Delay = delay;
    }

    /// <summary>A short name for messages and the request log, e.g. <c>connection refused</c>.</summary>
    public string Name { get; }

    /// <summary>How long the request hangs, on the handler's clock, before the fault is raised.</summary>
    public TimeSpan Delay { get; }

    /// <summary>The catalog status a real server delivers as this fault (nginx 444 closes the connection), for coverage; else null.</summary>
    internal StatusDefinition? Status { get; private init; }

    /// <summary>
    /// The request times out, exactly as <c>HttpClient.Timeout</c> reports it: a <see cref="TaskCanceledException"/>
    /// ("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.") whose inner exception is a
    /// <see cref="TimeoutException"/>. Raised at once, so no test waits for a real timeout.
    /// </summary>
    /// <param name="clientTimeout">The client timeout the message names; HttpClient's default, 100 seconds, when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clientTimeout"/> is not positive.</exception>
    public static FakeFault Timeout(TimeSpan? clientTimeout = null)
    {
        TimeSpan timeout = clientTimeout ?? TimeSpan.FromSeconds(100);
        if (timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(clientTimeout), clientTimeout, "A client timeout must be positive, e.g. TimeSpan.FromSeconds(100).");
        }

        string message = "The request was canceled due to the configured HttpClient.Timeout of "
            + timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " seconds elapsing.";
        return new FakeFault(
            "timeout",
            _ => new TaskCanceledException(message, new TimeoutException("The operation was canceled.", new TaskCanceledException("The operation was canceled."))),
            TimeSpan.Zero);
    }

    /// <summary>The server refuses the connection: <see cref="HttpRequestException"/> (<c>HttpRequestError.ConnectionError</c>) over a <see cref="SocketException"/> (ConnectionRefused).</summary>
    public static FakeFault ConnectionRefused() => new(
        "connection refused",
        request => Network("Connection refused (" + Endpoint(request) + ")", ErrorKind.Connection, new SocketException((int)SocketError.ConnectionRefused)),
        TimeSpan.Zero);

    /// <summary>The host name does not resolve: <see cref="HttpRequestException"/> (<c>HttpRequestError.NameResolutionError</c>) over a <see cref="SocketException"/> (HostNotFound).</summary>
    public static FakeFault NameResolutionFailure() => new(
        "name resolution failure",
        request => Network("Name or service not known (" + Endpoint(request) + ")", ErrorKind.NameResolution, new SocketException((int)SocketError.HostNotFound)),
        TimeSpan.Zero);

    /// <summary>
    /// The server resets the connection: <see cref="HttpRequestException"/> (<c>HttpRequestError.Unknown</c>, "An error occurred while sending the request.")
    /// over an <see cref="IOException"/> over a <see cref="SocketException"/> (ConnectionReset).
    /// </summary>
    public static FakeFault ConnectionReset() => new(
        "connection reset",
        _ => Network(
            "An error occurred while sending the request.",
            ErrorKind.Unknown,
            new IOException("Unable to read data from the transport connection: Connection reset by peer.", new SocketException((int)SocketError.ConnectionReset))),
        TimeSpan.Zero);

    /// <summary>
    /// The server closes the connection without sending a response (as nginx does for 444): <see cref="HttpRequestException"/>
    /// ("An error occurred while sending the request.", <c>HttpRequestError.ResponseEnded</c> on .NET 8+) over an
    /// <see cref="IOException"/> ("The response ended prematurely."), as <c>SocketsHttpHandler</c> reports it.
    /// </summary>
    public static FakeFault ConnectionClosed() => new(
        "connection closed without a response",
        _ =>
        {
#if NET8_0_OR_GREATER
            var inner = new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
            return new HttpRequestException(HttpRequestError.ResponseEnded, "An error occurred while sending the request.", inner);
#else
            return new HttpRequestException("An error occurred while sending the request.", new IOException("The response ended prematurely."));
#endif
        },
        TimeSpan.Zero);

    /// <summary>This fault as the way a real server delivers <paramref name="status"/>.</summary>
    internal FakeFault StandingFor(StatusDefinition status) => new(Name, _create, Delay) { Status = status };

    /// <summary>Raises the exception <paramref name="create"/> makes for the request (a new one per request).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="create"/> is null.</exception>
    public static FakeFault Custom(Func<HttpRequestMessage, Exception> create)
    {
        ArgumentNullException.ThrowIfNull(create);

        return new FakeFault(
            "custom exception",
            request => create(request) ?? throw new InvalidOperationException("The FakeFault.Exception factory returned null; it must return the exception to throw."),
            TimeSpan.Zero);
    }

    /// <summary>The same fault, raised after <paramref name="delay"/> on the handler's clock (e.g. a timeout after 100 s).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative or over one hour.</exception>
    public FakeFault After(TimeSpan delay) => new(Name, _create, DelaySpec.Validate(delay, nameof(delay)));

    /// <inheritdoc />
    public override string ToString() => Delay == TimeSpan.Zero ? Name : Name + " after " + DelaySpec.Milliseconds(Delay) + " ms";

    internal Exception Create(HttpRequestMessage request) => _create(request);

    private static string Endpoint(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } uri ? uri.Host + ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown:0";

    private static HttpRequestException Network(string message, ErrorKind kind, Exception inner)
    {
#if NET8_0_OR_GREATER
        HttpRequestError error = kind switch
        {
            ErrorKind.Connection => HttpRequestError.ConnectionError,
            ErrorKind.NameResolution => HttpRequestError.NameResolutionError,
            _ => HttpRequestError.Unknown,
        };
        return new HttpRequestException(error, message, inner);
#else
        _ = kind;
        return new HttpRequestException(message, inner);
#endif
    }

    private enum ErrorKind
    {
        Unknown,
        Connection,
        NameResolution,
    }
}
