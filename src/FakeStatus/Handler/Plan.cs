using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>What to do for one request once its rule has been applied: wait, then answer a template, raise a fault, or pass through.</summary>
internal readonly struct Plan
{
    public Plan(ResponseTemplate? template, FakeFault? fault, TimeSpan delay, string detail)
    {
        Template = template;
        Fault = fault;
        Delay = delay;
        Detail = detail;
        Outcome = RequestOutcome.Answered;
        SuppressBody = false;
        ExtraHeaders = null;
        PassThrough = false;
    }

    public ResponseTemplate? Template { get; }

    public FakeFault? Fault { get; }

    public TimeSpan Delay { get; }

    public string Detail { get; }

    /// <summary>The outcome recorded when the template is sent: <see cref="RequestOutcome.Answered"/>, or Unmatched for the unmatched policy's answer.</summary>
    public RequestOutcome Outcome { get; init; }

    public bool SuppressBody { get; init; }

    public List<HeaderEntry>? ExtraHeaders { get; init; }

    public bool PassThrough { get; init; }
}
