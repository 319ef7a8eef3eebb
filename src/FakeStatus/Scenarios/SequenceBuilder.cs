using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// The steps a route answers in order, one per request: <c>s =&gt; s.Respond(503).Respond(503).Respond(200)</c>, or with a
/// repeated step <c>s =&gt; s.Respond(503).Times(2).Respond(200)</c>. After the last step the last one repeats, unless
/// <see cref="ThrowWhenExhausted"/> was called.
/// </summary>
public sealed class SequenceBuilder
{
    private readonly StepFactory _steps;
    private readonly List<SequenceStep> _list = [];
    private bool _lastRepeated;

    internal SequenceBuilder(StepFactory steps) => _steps = steps;

    internal bool ThrowsWhenExhausted { get; private set; }

    internal IReadOnlyList<SequenceStep> Steps => _list;

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
        return Add(_steps.Build(definition, configure));
    }

    /// <summary>Next, raise <paramref name="fault"/> instead of answering.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is null.</exception>
    public SequenceBuilder Throw(FakeFault fault)
    {
        return Add(StepFactory.Fault(fault));
    }

    /// <summary>
    /// Answers the step just added <paramref name="count"/> times in all, on consecutive requests:
    /// <c>s =&gt; s.Respond(503).Times(3).Respond(200)</c> answers 503, 503, 503, then 200.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    /// <exception cref="InvalidOperationException">No step precedes it, or the step already has a count.</exception>
    public SequenceBuilder Times(int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Times({count}) is invalid: a step is answered 1 or more times in all, e.g. s => s.Respond(503).Times(3).Respond(200).");
        }

        if (_list.Count == 0)
        {
            throw new InvalidOperationException("Times(n) repeats the step before it, but no step was added yet; write e.g. s => s.Respond(503).Times(3).Respond(200).");
        }

        if (_lastRepeated)
        {
            throw new InvalidOperationException($"The step '{_list[_list.Count - 1].Step.Description}' already has a count; give one Times(n) per step.");
        }

        _list[_list.Count - 1] = new SequenceStep(_list[_list.Count - 1].Step, count);
        _lastRepeated = true;
        return this;
    }

    private SequenceBuilder Add(ResponseStep step)
    {
        _list.Add(new SequenceStep(step, 1));
        _lastRepeated = false;
        return this;
    }

    /// <summary>After the last step, throw <see cref="SequenceExhaustedException"/> instead of repeating the last step.</summary>
    public SequenceBuilder ThrowWhenExhausted()
    {
        ThrowsWhenExhausted = true;
        return this;
    }
}
