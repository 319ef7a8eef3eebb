namespace FakeStatus;

/// <summary>One thing a route can do for a request: answer with a template after a delay, or raise a fault.</summary>
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

    public ResponseTemplate? Template { get; }

    public FakeFault? Fault { get; }

    public DelaySpec Delay { get; }

    public string Description { get; }
}
