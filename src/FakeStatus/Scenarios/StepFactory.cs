using System;

namespace FakeStatus;

/// <summary>Turns the ways a user names a status (code, protocol and code, definition) into built steps.</summary>
internal sealed class StepFactory(StatusCatalog registry)
{
    public StatusCatalog Catalog { get; } = registry;

    /// <summary>The handler's <see cref="FakeStatusOptions.ErrorStyle"/>, applied before the route's own settings.</summary>
    public ErrorStyle? DefaultStyle { get; init; }

    /// <summary>The handler's <see cref="FakeStatusOptions.RealisticDelivery"/>.</summary>
    public bool RealisticDelivery { get; init; }

    public StatusDefinition Resolve(string protocol, int code)
    {
        ArgumentNullException.ThrowIfNull(protocol);

        StatusRules.ValidateCode(code, nameof(code));
        ProtocolTable table = Catalog.FindTable(protocol)
            ?? throw new ArgumentException($"Unknown protocol '{protocol}': the handler's catalog has {string.Join(", ", Catalog.Protocols)}.", nameof(protocol));
        return table.FindOrUnknown(code).Definition;
    }

    public ResponseStep Build(StatusDefinition definition, Action<ResponseBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(definition);

        if (RealisticDelivery && configure is null && DefaultStyle is null && !definition.AnswersAsItself)
        {
            return definition.ClientReceives == ClientReceives.ConnectionClosed
                ? Fault(FakeFault.ConnectionClosed().StandingFor(definition))
                : new ResponseStep(ResponseTemplate.Substitute(definition), DelaySpec.Fixed(TimeSpan.Zero));
        }

        var builder = new ResponseBuilder(definition);
        if (DefaultStyle is not null)
        {
            builder.WithErrorStyle(DefaultStyle);
        }

        configure?.Invoke(builder);
        return builder.Build();
    }

    public static ResponseStep Fault(FakeFault fault) =>
        new(fault ?? throw new ArgumentNullException(nameof(fault)));
}
