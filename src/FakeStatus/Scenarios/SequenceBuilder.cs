using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// The steps a route answers in order, one per request: <c>s =&gt; s.Respond(503).Respond(503).Respond(200)</c>.
/// After the last step the last one repeats, unless <see cref="ThrowWhenExhausted"/> was called.
/// </summary>
public sealed class SequenceBuilder
{
    private readonly StepFactory _steps;
    private readonly List<ResponseStep> _list = [];

    internal SequenceBuilder(StepFactory steps) => _steps = steps;

    internal bool ThrowsWhenExhausted { get; private set; }

    internal IReadOnlyList<ResponseStep> Steps => _list;

    /// <summary>Next, answer HTTP <paramref name="code"/>, optionally customised.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    public SequenceBuilder Respond(int code, Action<ResponseBuilder>? configure = null) => Respond(StatusCatalog.Http, code, configure);

    /// <summary>Next, answer <paramref name="code"/> of <paramref name="protocol"/> (e.g. <c>("smtp", 530)</c>), optionally customised.</summary>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is unknown to the handler's registry.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    public SequenceBuilder Respond(string protocol, int code, Action<ResponseBuilder>? configure = null) =>
        Respond(_steps.Resolve(protocol, code), configure);

    /// <summary>Next, answer with <paramref name="definition"/>, optionally customised.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public SequenceBuilder Respond(StatusDefinition definition, Action<ResponseBuilder>? configure = null)
    {
        _list.Add(_steps.Build(definition, configure));
        return this;
    }

    /// <summary>Next, raise <paramref name="fault"/> instead of answering.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is null.</exception>
    public SequenceBuilder Throw(FakeFault fault)
    {
        _list.Add(StepFactory.Fault(fault));
        return this;
    }

    /// <summary>After the last step, throw <see cref="SequenceExhaustedException"/> instead of repeating the last step.</summary>
    public SequenceBuilder ThrowWhenExhausted()
    {
        ThrowsWhenExhausted = true;
        return this;
    }
}
