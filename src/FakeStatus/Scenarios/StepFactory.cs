using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <summary>Turns the ways a user names a status (code, protocol and code, definition) into built steps.</summary>
internal sealed class StepFactory(StatusCatalog registry)
{
    private static readonly Uri SampleUri = new("http://fake.test/");
    private static readonly DateTimeOffset SampleTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public StatusCatalog Catalog { get; } = registry;

    /// <summary>The handler's <see cref="FakeStatusOptions.ErrorStyle"/>, applied before the route's own settings.</summary>
    public ErrorStyle? DefaultStyle { get; init; }

    /// <summary>The handler's <see cref="FakeStatusOptions.RealisticDelivery"/>.</summary>
    public bool RealisticDelivery { get; init; }

    /// <summary>The handler's <see cref="FakeStatusOptions.Realism"/>: with Throw, a response known now is checked now.</summary>
    public RealismCheck Realism { get; init; }

    /// <summary>The route being registered, for messages; its method, for the check at registration.</summary>
    public string RouteName { get; init; } = string.Empty;

    public HttpMethod? Method { get; init; }

    /// <summary>The route's template, whose values a style's <c>{{route.NAME}}</c> placeholders read.</summary>
    public RouteTemplate? Template { get; init; }

    public StatusDefinition Resolve(string protocol, int code)
    {
        ArgumentNullException.ThrowIfNull(protocol);

        ProtocolTable table = RequireTable(protocol);
        StatusRules.ValidateCode(table.Name, code, nameof(code));
        return table.FindOrUnknown(code).Definition;
    }

    private ProtocolTable RequireTable(string protocol) => Catalog.FindTable(protocol)
        ?? throw new ArgumentException($"Unknown protocol '{protocol}': the handler's catalog has {string.Join(", ", Catalog.Protocols)}.", nameof(protocol));

    public ResponseStep Build(StatusDefinition definition, Action<ResponseBuilder>? configure) => Build(definition, configure, checkNow: true);

    /// <summary>A step that picks its status of <paramref name="protocol"/> with <paramref name="status"/> and customises it with <paramref name="configure"/>, per request.</summary>
    public ResponseStep FromRequest(string protocol, Func<FakeRequest, int> status, Action<ResponseBuilder, FakeRequest>? configure)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(status);
        string known = RequireTable(protocol).Name;

        // Checked when sent, like every response, rather than here: the problem then names the route, not the callback.
        return new ResponseStep(
            request => Build(Resolve(known, status(request)), configure is null ? null : builder => configure(builder, request), checkNow: false),
            "response built from the request");
    }

    public static ResponseStep Fault(FakeFault fault) =>
        new(fault ?? throw new ArgumentNullException(nameof(fault)));

    private ResponseStep Build(StatusDefinition definition, Action<ResponseBuilder>? configure, bool checkNow)
    {
        ArgumentNullException.ThrowIfNull(definition);

        if (RealisticDelivery && !definition.AnswersAsItself)
        {
            if (configure is not null)
            {
                throw new ArgumentException(NotReceived(definition), nameof(configure));
            }

            return definition.ClientReceives == ClientReceives.SubstituteStatus
                ? Checked(new ResponseStep(ResponseTemplate.Substitute(definition), DelaySpec.Fixed(TimeSpan.Zero)), checkNow)
                : Fault(StatusEntry.FaultFor(definition));
        }

        var builder = new ResponseBuilder(definition) { RouteValues = Template is null ? null : Template.Values };
        // An error style shapes HTTP error bodies; a gRPC status carries its error in grpc-status and grpc-message instead.
        if (DefaultStyle is not null && !StatusRules.IsGrpc(definition.Protocol))
        {
            builder.WithErrorStyle(DefaultStyle);
        }

        configure?.Invoke(builder);
        return Checked(builder.Build(), checkNow && !builder.BodyMadeByUser);
    }

    /// <summary>Why a customised response of <paramref name="definition"/> cannot be sent, and what to register instead.</summary>
    private static string NotReceived(StatusDefinition definition)
    {
        string code = $"{definition.Vendor ?? definition.Protocol} {definition.Code} ({definition.ReasonPhrase})";
        string instead = definition.ClientReceives switch
        {
            ClientReceives.ConnectionClosed => $"the real server closes the connection instead: register Throw(FakeFault.ConnectionClosed())",
            ClientReceives.LoggedOnly => $"the real server only logs it after the client gave up, so the client meets its own timeout: register Throw(FakeFault.Timeout())",
            _ => $"the real server sends {definition.Substitute?.StatusCode} {definition.Substitute?.ReasonPhrase} instead: register Respond({definition.Substitute?.StatusCode}, ...) to customise that",
        };
        return $"{code} never reaches a client as a status, so a customised response of it would be one no real server sends; {instead}, " +
            "Respond(" + definition.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + ") without customising to get what the real server does, " +
            "or set FakeStatusOptions.RealisticDelivery = false to answer the number itself.";
    }

    /// <summary>
    /// With <see cref="RealismCheck.Throw"/>, checks the response as an HTTP/1.1 request of the route's method would get it,
    /// so a broken response fails where it is written. A user's stream factory is not called here; that body is checked when sent.
    /// </summary>
    private ResponseStep Checked(ResponseStep step, bool checkNow)
    {
        if (Realism != RealismCheck.Throw || !checkNow || step.Template is not ResponseTemplate template)
        {
            return step;
        }

        using var request = new HttpRequestMessage(Method ?? HttpMethod.Get, SampleUri);
        using HttpResponseMessage response = template.Create(request, SampleTime, realisticWaits: true);
        IReadOnlyList<string> problems = RealismRules.Check(response, template.CustomReasonPhrase, template.SentBodyLength(request.Method, suppressBody: false));
        return problems.Count == 0
            ? step
            : throw new InvalidOperationException(RealismMessage.Rejected($"Route '{RouteName}' answers", problems));
    }
}
