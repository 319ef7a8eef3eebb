using System;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// What a <see cref="FakeStatusHandler"/> does with a request that no route and no URL convention matches.
/// The default, <see cref="Throw"/>, raises <see cref="UnmatchedRequestException"/>; the others are chosen explicitly.
/// </summary>
public sealed class UnmatchedPolicy
{
    private UnmatchedPolicy(string description, string? protocol = null, int code = 0, HttpMessageHandler? inner = null)
    {
        Description = description;
        Protocol = protocol;
        Code = code;
        Inner = inner;
    }

    /// <summary>Throw <see cref="UnmatchedRequestException"/>, naming the request and the nearest routes (the default).</summary>
    public static UnmatchedPolicy Throw { get; } = new("throw UnmatchedRequestException");

    /// <summary>A short description for messages.</summary>
    public string Description { get; }

    internal string? Protocol { get; }

    internal int Code { get; }

    internal HttpMessageHandler? Inner { get; }

    /// <summary>Whether the handler disposes <see cref="Inner"/> with itself: only for an inner handler FakeStatus created.</summary>
    internal bool OwnsInner { get; private init; }

    /// <summary>Answer every unmatched request with HTTP <paramref name="code"/> (e.g. 404).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    public static UnmatchedPolicy Respond(int code) => Respond(StatusCatalog.Http, code);

    /// <summary>Answer every unmatched request with <paramref name="code"/> of <paramref name="protocol"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is not a valid name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    public static UnmatchedPolicy Respond(string protocol, int code)
    {
        string name = StatusRules.ValidateName(protocol, nameof(protocol));
        StatusRules.ValidateCode(code, nameof(code));
        return new UnmatchedPolicy($"respond {name} {code}", name, code);
    }

    /// <summary>
    /// Send every unmatched request on to <paramref name="inner"/> (e.g. a real <c>HttpClientHandler</c>): the only way a
    /// FakeStatusHandler ever reaches the network. The inner handler is not disposed with this one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    public static UnmatchedPolicy PassThrough(HttpMessageHandler inner) =>
        new("pass through to " + (inner ?? throw new ArgumentNullException(nameof(inner))).GetType().Name, inner: inner);

    /// <summary>Like <see cref="PassThrough"/>, for an inner handler the library created: the handler disposes it with itself.</summary>
    internal static UnmatchedPolicy PassThroughOwned(HttpMessageHandler inner) =>
        new("pass through to " + inner.GetType().Name, inner: inner) { OwnsInner = true };

    /// <inheritdoc />
    public override string ToString() => Description;
}
