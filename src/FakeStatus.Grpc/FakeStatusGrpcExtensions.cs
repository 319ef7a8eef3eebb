using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Google.Protobuf;
using Grpc.Core;

namespace FakeStatus;

/// <summary>
/// gRPC for <see cref="FakeStatusHandler"/>: <c>handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(StatusCode.Unavailable, "down")</c>
/// answers a Grpc.Net.Client call (give the channel the handler: <c>GrpcChannelOptions.HttpHandler</c>) as a real server does.
/// Every answer is a status of the catalog's <c>grpc</c> protocol, so sequences, verification, near-miss messages and
/// <c>handler.Coverage(StatusCases.ForProtocol("grpc"))</c> work as for HTTP routes.
/// </summary>
public static class FakeStatusGrpcExtensions
{
    /// <summary>
    /// Starts a route for the gRPC method <paramref name="method"/> (<c>greet.Greeter/SayHello</c>, leading '/' optional):
    /// <c>POST /greet.Greeter/SayHello</c> with <c>content-type: application/grpc</c>. A request to that path that is not a
    /// gRPC call (another method or content type) does not match it, and the unmatched message shows which criterion failed.
    /// </summary>
    /// <param name="server">The handler, or one test's scope of it.</param>
    /// <param name="method">The gRPC method, <c>package.Service/Method</c>.</param>
    /// <returns>The builder that finishes the route.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="server"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="method"/> is not <c>package.Service/Method</c>.</exception>
    public static RouteBuilder WhenGrpc(this IFakeServer server, string method)
    {
        ArgumentNullException.ThrowIfNull(server);

        return server.When(HttpMethod.Post, GrpcMethodPath.Validate(method, nameof(method))).ForHeader("Content-Type", GrpcProtocol.ContentType);
    }

    /// <summary>
    /// Answers with the gRPC status <paramref name="code"/> and <paramref name="message"/> (the status's canonical name, e.g.
    /// <c>UNAVAILABLE</c>, when null), as a trailers-only response; <paramref name="configure"/> adds details, pushback,
    /// metadata or a delay. The client raises <see cref="RpcException"/> with that <see cref="RpcException.StatusCode"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 0-16.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is OK and a message was given (an OK status carries none).</exception>
    public static FakeRoute RespondGrpc(this RouteBuilder route, StatusCode code, string? message = null, Action<GrpcResponseBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(route);

        return route.Respond(GrpcProtocol.CatalogProtocol, Checked(code), Answer(code, message, configure, []));
    }

    /// <summary>Answers with <paramref name="reply"/>, one length-prefixed protobuf message, then status OK in the trailers.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> or <paramref name="reply"/> is null.</exception>
    public static FakeRoute RespondGrpc(this RouteBuilder route, IMessage reply, Action<GrpcResponseBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(reply);

        return route.Respond(GrpcProtocol.CatalogProtocol, 0, Answer(StatusCode.OK, null, configure, GrpcFrames.Encode([reply])));
    }

    /// <summary>
    /// Answers a server-streaming call with <paramref name="replies"/> in order, then the status <paramref name="code"/> (OK by
    /// default; an error after the messages, as a stream that fails part way) in the trailers.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/>, <paramref name="replies"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 0-16.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is OK and a message was given.</exception>
    public static FakeRoute RespondGrpcStream(this RouteBuilder route, IEnumerable<IMessage> replies, StatusCode code = StatusCode.OK, string? message = null, Action<GrpcResponseBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(route);

        return route.Respond(GrpcProtocol.CatalogProtocol, Checked(code), Answer(code, message, configure, Frames(replies)));
    }

    /// <summary>
    /// Answers DEADLINE_EXCEEDED once the call's own deadline has passed on the handler's <see cref="TimeProvider"/>: the
    /// handler reads the <c>grpc-timeout</c> the client sends, waits that long on its clock, then sends the status a server
    /// sends when a deadline passes (<c>Deadline Exceeded</c>). With a fake clock the wait takes no real time.
    /// </summary>
    /// <remarks>A call without a deadline fails with an <see cref="InvalidOperationException"/> saying so.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    public static FakeRoute RespondGrpcDeadlineExceeded(this RouteBuilder route)
    {
        ArgumentNullException.ThrowIfNull(route);

        return route.Respond(GrpcProtocol.CatalogProtocol, _ => (int)StatusCode.DeadlineExceeded, (response, request) =>
        {
            TimeSpan timeout = GrpcTimeout.Parse(request.GetHeader(GrpcTimeout.Header));
            new GrpcResponseBuilder(StatusCode.DeadlineExceeded, GrpcProtocol.DeadlineMessage).WithDelay(timeout).ApplyTo(response, []);
        });
    }

    /// <summary>Next, answer the gRPC status <paramref name="code"/>; see <see cref="RespondGrpc(RouteBuilder, StatusCode, string?, Action{GrpcResponseBuilder}?)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 0-16.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is OK and a message was given.</exception>
    public static SequenceBuilder RespondGrpc(this SequenceBuilder steps, StatusCode code, string? message = null, Action<GrpcResponseBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(steps);

        return steps.Respond(GrpcProtocol.CatalogProtocol, Checked(code), Answer(code, message, configure, []));
    }

    /// <summary>Next, answer with <paramref name="reply"/> and status OK.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> or <paramref name="reply"/> is null.</exception>
    public static SequenceBuilder RespondGrpc(this SequenceBuilder steps, IMessage reply, Action<GrpcResponseBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(reply);

        return steps.Respond(GrpcProtocol.CatalogProtocol, 0, Answer(StatusCode.OK, null, configure, GrpcFrames.Encode([reply])));
    }

    /// <summary>Next, answer with <paramref name="replies"/> then the status <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/>, <paramref name="replies"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 0-16.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is OK and a message was given.</exception>
    public static SequenceBuilder RespondGrpcStream(this SequenceBuilder steps, IEnumerable<IMessage> replies, StatusCode code = StatusCode.OK, string? message = null, Action<GrpcResponseBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(steps);

        return steps.Respond(GrpcProtocol.CatalogProtocol, Checked(code), Answer(code, message, configure, Frames(replies)));
    }

    /// <summary>The protobuf messages a recorded gRPC call sent (one for a unary call), parsed with <paramref name="parser"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="parser"/> is null.</exception>
    /// <exception cref="FormatException">The body is not uncompressed gRPC frames.</exception>
    public static IReadOnlyList<T> ReadGrpcMessages<T>(this RecordedRequest request, MessageParser<T> parser)
        where T : IMessage<T>
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parser);

        return GrpcFrames.Decode(request.Body.Span, parser);
    }

    private static int Checked(StatusCode code) => code is >= StatusCode.OK and <= StatusCode.Unauthenticated
        ? (int)code
        : throw new ArgumentOutOfRangeException(nameof(code), code, $"gRPC status code {(int)code} is out of range: a gRPC status code is from 0 (OK) to 16 (Unauthenticated).");

    private static Action<ResponseBuilder> Answer(StatusCode code, string? message, Action<GrpcResponseBuilder>? configure, byte[] frames)
    {
        if (code == StatusCode.OK && !string.IsNullOrEmpty(message))
        {
            throw new ArgumentException(
                $"Status OK carries no message, but '{message}' was given; a message belongs to an error status such as StatusCode.Unavailable.", nameof(message));
        }

        var builder = new GrpcResponseBuilder(code, message ?? GrpcMethodPath.CanonicalName(code));
        configure?.Invoke(builder);
        return response => builder.ApplyTo(response, frames);
    }

    private static byte[] Frames(IEnumerable<IMessage> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);

        IMessage[] list = replies.ToArray();
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(replies), $"replies[{i}] is null.");
            }
        }

        return GrpcFrames.Encode(list);
    }
}
