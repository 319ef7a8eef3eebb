using System;

namespace FakeStatus;

/// <summary>Settings of a <see cref="FakeStatusHandler"/>; immutable once the handler is built.</summary>
public sealed class FakeStatusOptions
{
    private readonly TimeProvider _timeProvider = TimeProvider.System;
    private readonly StatusCatalog? _registry;
    private readonly UnmatchedPolicy _unmatched = UnmatchedPolicy.Throw;
    private readonly int? _maxRecordedRequests = DefaultMaxRecordedRequests;
    private readonly int? _maxRecordedBodyBytes = DefaultMaxRecordedBodyBytes;
    private readonly RealismCheck _realism = RealismCheck.Warn;

    /// <summary>The default of <see cref="MaxRecordedRequests"/>: enough for any one test, small enough for a handler that lives all run.</summary>
    public const int DefaultMaxRecordedRequests = 10_000;

    /// <summary>The default of <see cref="MaxRecordedBodyBytes"/>, 1 MiB: any body a test asserts on, without keeping uploads whole.</summary>
    public const int DefaultMaxRecordedBodyBytes = 1024 * 1024;

    /// <summary>
    /// The clock used for the <c>Date</c> header, for delays and for request timestamps.
    /// Pass a <c>FakeTimeProvider</c> so that delays in tests take no real time. Defaults to <see cref="TimeProvider.System"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        init => _timeProvider = value ?? throw new ArgumentNullException(nameof(TimeProvider), "TimeProvider must not be null; use TimeProvider.System for the real clock.");
    }

    /// <summary>The status catalog responses are built from. Defaults to <see cref="StatusCatalog.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public StatusCatalog Catalog
    {
        get => _registry ?? StatusCatalog.Default;
        init => _registry = value ?? throw new ArgumentNullException(nameof(Catalog), "Catalog must not be null; use StatusCatalog.Default for the built-in catalog.");
    }

    /// <summary>
    /// Whether requests that match no explicit route are answered by the URL conventions
    /// (<c>/{code}</c>, <c>/status/{code}</c>, <c>/{protocol}/{code}</c>, <c>/{vendor}/{code}</c>, <c>/random/...</c>). Defaults to <see langword="true"/>.
    /// </summary>
    public bool UseUrlConventions { get; init; } = true;

    /// <summary>What happens to a request that no route and no convention matches. Defaults to <see cref="UnmatchedPolicy.Throw"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public UnmatchedPolicy Unmatched
    {
        get => _unmatched;
        init => _unmatched = value ?? throw new ArgumentNullException(nameof(Unmatched), "Unmatched must not be null; the default is UnmatchedPolicy.Throw.");
    }

    /// <summary>
    /// The seed for the URL conventions' random choices (<c>/random/200,500</c>). When null, each handler picks one and prints it
    /// in its request log and messages, so a failing run can be replayed by setting it here.
    /// </summary>
    public int? RandomSeed { get; init; }

    /// <summary>
    /// How many of the most recent requests <see cref="FakeStatusHandler.Requests"/> keeps: <see cref="DefaultMaxRecordedRequests"/>
    /// (10,000) by default, <see langword="null"/> to keep every one, 0 to keep none. Verification (call counts, unmatched
    /// requests) counts every request whatever this is, so a long-lived handler (e.g. under <c>IHttpClientFactory</c>) stays
    /// exact without holding every request's body in memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? MaxRecordedRequests
    {
        get => _maxRecordedRequests;
        init => _maxRecordedRequests = value is null or >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxRecordedRequests), value, "MaxRecordedRequests must be 0 or more, or null to keep every request.");
    }

    /// <summary>
    /// How many bytes of each request body the request log keeps (<see cref="RecordedRequest.Body"/>):
    /// <see cref="DefaultMaxRecordedBodyBytes"/> (1 MiB) by default, <see langword="null"/> to keep every body whole, 0 to
    /// keep none. A longer body is kept cut to this size, and the record says so (<see cref="RecordedRequest.IsBodyTruncated"/>,
    /// with the whole length in <see cref="RecordedRequest.BodyLength"/>). Matching always sees the whole body; messages show
    /// only its start.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? MaxRecordedBodyBytes
    {
        get => _maxRecordedBodyBytes;
        init => _maxRecordedBodyBytes = value is null or >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxRecordedBodyBytes), value, "MaxRecordedBodyBytes must be 0 or more, or null to keep every body whole.");
    }

    /// <summary>
    /// The vendor error shape every error response of this handler takes (routes and URL conventions), e.g.
    /// <see cref="FakeStatus.ErrorStyle.AzureStorage"/>; a route's own <see cref="ResponseBuilder.WithErrorStyle"/> or body wins.
    /// Statuses below 400 keep their canonical response. Null (the default) keeps the canonical body, byte for byte.
    /// </summary>
    public ErrorStyle? ErrorStyle { get; init; }

    /// <summary>
    /// Whether catalog codes that never reach a real client as a status are delivered the way the real system delivers them
    /// (the default): nginx 444 closes the connection (<see cref="FakeFault.ConnectionClosed"/>), codes only ever logged after
    /// the client gave up (nginx 499, AWS ELB 460) raise the client's own timeout (<see cref="FakeFault.Timeout"/>), and codes
    /// sent as another status (nginx 494-497, Esri 498) arrive as that status; see <see cref="StatusDefinition.ClientReceives"/>.
    /// A route that customises such a code with a <see cref="ResponseBuilder"/> is refused when registered, naming the fault
    /// or status to register instead. Set to <see langword="false"/> to receive every catalog code as its own status.
    /// </summary>
    public bool RealisticDelivery { get; init; } = true;

    /// <summary>
    /// Whether the waits the catalog and the error styles ask for are sent as they are (<c>Retry-After: 120</c> on 429 and 503).
    /// By default (<see langword="false"/>) each is cut to at most one second when the response is sent, so a client that
    /// honours it on the real clock (a vendor SDK that cannot take a <see cref="System.TimeProvider"/>) waits no more than a
    /// second per retry: <c>Retry-After</c> in seconds becomes <c>1</c>, an HTTP-date one becomes one second after now on
    /// <see cref="TimeProvider"/>, <c>retry-after-ms</c> and <c>x-ms-retry-after-ms</c> become <c>1000</c>, and
    /// <c>x-ratelimit-reset*</c> (a Unix time, seconds or a duration) one second from now. Set it to <see langword="true"/> to
    /// test how a client copes with the realistic wait, on a fake clock. A header you set yourself
    /// (<see cref="ResponseBuilder.WithRetryAfter(System.TimeSpan)"/>, <see cref="ResponseBuilder.WithHeader"/>, the request header
    /// <c>X-HttpStatus-Response-Retry-After</c>) is always sent as given.
    /// </summary>
    public bool RealisticRetryAfter { get; init; }

    /// <summary>
    /// What happens to a response no real server sends (a 401 without <c>WWW-Authenticate</c>, a body on a 204, a malformed
    /// <c>Retry-After</c>...): <see cref="RealismCheck.Warn"/> (the default) lists it on
    /// <see cref="RecordedRequest.RealismProblems"/> and fails <see cref="FakeStatusHandler.VerifyAll"/>;
    /// <see cref="RealismCheck.Throw"/> rejects it; <see cref="RealismCheck.Off"/> sends it unchecked, for tests of a
    /// deliberately broken server. The catalog's own responses always pass.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="RealismCheck"/>.</exception>
    public RealismCheck Realism
    {
        get => _realism;
        init => _realism = value is RealismCheck.Off or RealismCheck.Warn or RealismCheck.Throw
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Realism), value, "Realism must be RealismCheck.Off, Warn or Throw.");
    }

    /// <summary>The settings a route's responses are built with: the catalog, the error style, delivery and realism.</summary>
    internal StepFactory RouteSteps() => new(Catalog)
    {
        DefaultStyle = ErrorStyle,
        RealisticDelivery = RealisticDelivery,
        Realism = Realism,
    };
}
