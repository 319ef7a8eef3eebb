using System;

namespace FakeStatus;

/// <summary>
/// One thing a route can do for a request: answer with a template after a delay, raise a fault, or build one of those from
/// the request (<see cref="FromRequest"/>).
/// </summary>
internal sealed class ResponseStep
{
    public ResponseStep(ResponseTemplate template, DelaySpec delay)
    {
        Template = template;
        Delay = delay;
        Description = template.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + template.ReasonPhrase
            + (delay.IsZero ? string.Empty : " after " + delay);
    }

    public ResponseStep(FakeFault fault)
    {
        Fault = fault;
        Delay = DelaySpec.Fixed(fault.Delay);
        Description = fault.ToString();
    }

    public ResponseStep(Func<FakeRequest, ResponseStep> fromRequest, string description)
    {
        FromRequest = fromRequest;
        Delay = DelaySpec.Fixed(TimeSpan.Zero);
        Description = description;
    }

    public ResponseTemplate? Template { get; }

    /// <summary>Builds the step per request, for a response that depends on it; null for a step known in advance.</summary>
    public Func<FakeRequest, ResponseStep>? FromRequest { get; }

    public FakeFault? Fault { get; }

    public DelaySpec Delay { get; }

    public string Description { get; }
}
