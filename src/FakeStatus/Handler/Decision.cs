using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>What the handler decided for one request, before any delay: a template to answer, a fault to raise, or pass-through.</summary>
internal readonly struct Decision
{
    public Decision(ResponseTemplate? template, FakeFault? fault, TimeSpan delay, string answeredBy, FakeRoute? route)
    {
        Template = template;
        Fault = fault;
        Delay = delay;
        AnsweredBy = answeredBy;
        Route = route;
        SuppressBody = false;
        ExtraHeaders = null;
        PassThrough = false;
    }

    public ResponseTemplate? Template { get; }

    public FakeFault? Fault { get; }

    public TimeSpan Delay { get; }

    public string AnsweredBy { get; }

    public FakeRoute? Route { get; }

    public bool SuppressBody { get; init; }

    public List<HeaderEntry>? ExtraHeaders { get; init; }

    public bool PassThrough { get; init; }

    public static Decision ForPassThrough(string answeredBy) => new(null, null, TimeSpan.Zero, answeredBy, null) { PassThrough = true };
}
