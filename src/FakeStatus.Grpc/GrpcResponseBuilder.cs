using System;
using System.Collections.Generic;
using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace FakeStatus;

/// <summary>
/// Customises one gRPC answer: rich error details, retry pushback, extra metadata, a delay, where the status travels.
/// Used inside <c>RespondGrpc(code, message, g =&gt; ...)</c>. Every setting is checked when it is made, so a bad one fails
/// where the route is registered.
/// </summary>
public sealed class GrpcResponseBuilder
{
    private readonly List<KeyValuePair<string, string>> _headers = [];
    private readonly List<KeyValuePair<string, string>> _trailers = [];
    private string? _details;
    private string? _pushback;
    private TimeSpan? _delay;
    private bool _inTrailers;

    internal GrpcResponseBuilder(StatusCode code, string message)
    {
        StatusCode = code;
        Message = message;
    }

    /// <summary>The status being answered.</summary>
    public StatusCode StatusCode { get; }

    /// <summary>The status message (<c>grpc-message</c>), as the client's <see cref="RpcException.Status"/> shows it.</summary>
    public string Message { get; }

    /// <summary>
    /// Sends <c>grpc-status-details-bin</c>: a <c>google.rpc.Status</c> with this answer's code and message and
    /// <paramref name="details"/> packed as <c>Any</c> (e.g. <c>ErrorInfo</c>, <c>RetryInfo</c>, <c>BadRequest</c> from
    /// Google.Api.CommonProtos), which the client reads with <c>RpcException.GetRpcStatus()</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">No detail was given, or the status is OK (a success carries no error details).</exception>
    public GrpcResponseBuilder WithDetails(params IMessage[] details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Length == 0)
        {
            throw new ArgumentException("Give at least one detail message, e.g. new ErrorInfo { Reason = \"QUOTA\" }.", nameof(details));
        }

        var status = new Google.Rpc.Status { Code = (int)StatusCode, Message = Message };
        for (int i = 0; i < details.Length; i++)
        {
            IMessage detail = details[i] ?? throw new ArgumentNullException(nameof(details), $"details[{i}] is null.");
            status.Details.Add(Any.Pack(detail));
        }

        return WithStatusDetails(status.ToByteArray());
    }

    /// <summary>
    /// Sends <paramref name="status"/> as <c>grpc-status-details-bin</c>, checked first: a <c>google.rpc.Status</c> whose code is
    /// this answer's code (the gRPC rule: the details must agree with <c>grpc-status</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is null.</exception>
    /// <exception cref="ArgumentException">The bytes are not a <c>google.rpc.Status</c>, its code differs from this answer's, or the status is OK.</exception>
    public GrpcResponseBuilder WithStatusDetails(byte[] status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (StatusCode == StatusCode.OK)
        {
            throw new ArgumentException("Status OK carries no error details; give grpc-status-details-bin to an error status such as StatusCode.InvalidArgument.", nameof(status));
        }

        Google.Rpc.Status parsed;
        try
        {
            parsed = Google.Rpc.Status.Parser.ParseFrom(status);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new ArgumentException(
                $"The {status.Length}-byte detail payload is not a valid google.rpc.Status ({e.Message}); pass new Google.Rpc.Status {{ ... }}.ToByteArray(), or use WithDetails(...).",
                nameof(status),
                e);
        }

        if (parsed.Code != (int)StatusCode)
        {
            throw new ArgumentException(
                $"The detail payload's google.rpc.Status has code {parsed.Code} but this answer's status is {(int)StatusCode} ({StatusCode}); gRPC requires them to agree.",
                nameof(status));
        }

        _details = Convert.ToBase64String(status);
        return this;
    }

    /// <summary>
    /// Sends <c>grpc-retry-pushback-ms</c>: a client whose retry policy covers this status waits <paramref name="delay"/>
    /// (whole milliseconds, rounded up) before its next attempt, instead of its own backoff.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative or longer than <see cref="int.MaxValue"/> milliseconds.</exception>
    public GrpcResponseBuilder WithRetryPushback(TimeSpan delay)
    {
        if (delay < TimeSpan.Zero || delay.TotalMilliseconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "A retry pushback is from 0 to int.MaxValue milliseconds; use WithRetryPushbackStop() to tell the client not to retry.");
        }

        _pushback = ((long)Math.Ceiling(delay.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
        return this;
    }

    /// <summary>Sends <c>grpc-retry-pushback-ms: -1</c>, which tells a client with a retry policy not to retry this call.</summary>
    public GrpcResponseBuilder WithRetryPushbackStop()
    {
        _pushback = "-1";
        return this;
    }

    /// <summary>Adds response metadata sent with the status (a trailer, or a header of a trailers-only answer).</summary>
    /// <exception cref="ArgumentException">The name is reserved by gRPC, ends in <c>-bin</c>, or is not a valid header name, or the value has CR/LF.</exception>
    public GrpcResponseBuilder WithTrailer(string name, string value)
    {
        _trailers.Add(new(CheckName(name, nameof(name)), value));
        return this;
    }

    /// <summary>Adds binary response metadata (a name ending in <c>-bin</c>), sent base64-encoded with the status.</summary>
    /// <exception cref="ArgumentException">The name does not end in <c>-bin</c> or is reserved by gRPC.</exception>
    public GrpcResponseBuilder WithTrailer(string name, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (name is null || !name.EndsWith("-bin", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Binary metadata '{name}' must have a name ending in -bin, e.g. 'trace-bin'.", nameof(name));
        }

        _trailers.Add(new(CheckReserved(name, nameof(name)), Convert.ToBase64String(value)));
        return this;
    }

    /// <summary>Adds a response header, sent before any message (the client's <c>ResponseHeadersAsync</c>).</summary>
    /// <exception cref="ArgumentException">The name is reserved by gRPC or is not a valid header name.</exception>
    public GrpcResponseBuilder WithHeader(string name, string value)
    {
        _headers.Add(new(CheckName(name, nameof(name)), value));
        return this;
    }

    /// <summary>
    /// Waits <paramref name="delay"/> on the handler's <see cref="TimeProvider"/> before answering. A delay that is negative
    /// or over one hour throws <see cref="ArgumentOutOfRangeException"/> when the route is registered.
    /// </summary>
    public GrpcResponseBuilder WithDelay(TimeSpan delay)
    {
        _delay = delay;
        return this;
    }

    /// <summary>
    /// Sends the status as HTTP trailers after an empty body, instead of the trailers-only response (status in the headers)
    /// that servers send for an error without messages. Answers with reply messages always use trailers.
    /// </summary>
    public GrpcResponseBuilder InTrailers()
    {
        _inTrailers = true;
        return this;
    }

    /// <summary>Writes this answer onto the core's response: HTTP 200, <c>application/grpc</c>, the frames, then the status.</summary>
    internal void ApplyTo(ResponseBuilder response, byte[] frames)
    {
        response.WithBody(frames, GrpcProtocol.ContentType);
        if (_delay is TimeSpan delay)
        {
            response.WithDelay(delay);
        }

        foreach (KeyValuePair<string, string> header in _headers)
        {
            response.WithHeader(header.Key, header.Value);
        }

        bool trailersOnly = frames.Length == 0 && !_inTrailers;
        Action<string, string> status = trailersOnly ? (n, v) => response.WithHeader(n, v) : (n, v) => response.WithTrailingHeader(n, v);
        status(GrpcProtocol.StatusHeader, ((int)StatusCode).ToString(CultureInfo.InvariantCulture));
        if (Message.Length > 0)
        {
            status(GrpcProtocol.MessageHeader, GrpcMessageText.Encode(Message));
        }

        if (_details is not null)
        {
            status(GrpcProtocol.DetailsHeader, _details);
        }

        if (_pushback is not null)
        {
            status(GrpcProtocol.PushbackHeader, _pushback);
        }

        foreach (KeyValuePair<string, string> trailer in _trailers)
        {
            status(trailer.Key, trailer.Value);
        }
    }

    private static string CheckName(string name, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, paramName);
        if (name.EndsWith("-bin", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Metadata '{name}' ends in -bin, so its value is binary: use WithTrailer(name, byte[]).", paramName);
        }

        return CheckReserved(name, paramName);
    }

    private static string CheckReserved(string name, string paramName) =>
        name.StartsWith("grpc-", StringComparison.OrdinalIgnoreCase) || name.StartsWith(':')
            ? throw new ArgumentException(
                $"Metadata '{name}' is reserved by gRPC; use the builder's own settings (status, message, WithDetails, WithRetryPushback) instead.", paramName)
            : name;
}
