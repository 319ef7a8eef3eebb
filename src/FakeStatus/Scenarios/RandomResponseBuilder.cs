using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// Weighted random choices for a route, drawn by a seeded generator so that a run replays exactly from its seed:
/// <c>r =&gt; r.Respond(0.9, 200).Respond(0.1, 503)</c>. Weights need not sum to 1.
/// </summary>
public sealed class RandomResponseBuilder
{
    private readonly StepFactory _steps;
    private readonly List<(double Weight, ResponseStep Step)> _choices = [];

    internal RandomResponseBuilder(StepFactory steps) => _steps = steps;

    internal IReadOnlyList<(double Weight, ResponseStep Step)> Choices => _choices;

    /// <summary>With weight <paramref name="weight"/>, answer HTTP <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative or not finite, or <paramref name="code"/> is outside 100-999.</exception>
    public RandomResponseBuilder Respond(double weight, int code, Action<ResponseBuilder>? configure = null) =>
        Respond(weight, StatusCatalog.Http, code, configure);

    /// <summary>With weight <paramref name="weight"/>, answer <paramref name="code"/> of <paramref name="protocol"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is unknown to the handler's catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative or not finite, or <paramref name="code"/> is outside 100-999.</exception>
    public RandomResponseBuilder Respond(double weight, string protocol, int code, Action<ResponseBuilder>? configure = null) =>
        Add(weight, _steps.Build(_steps.Resolve(protocol, code), configure));

    /// <summary>With weight <paramref name="weight"/>, raise <paramref name="fault"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is null.</exception>
    public RandomResponseBuilder Throw(double weight, FakeFault fault) => Add(weight, StepFactory.Fault(fault));

    private RandomResponseBuilder Add(double weight, ResponseStep step)
    {
        if (!WeightedDraw.IsValidWeight(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "Invalid weight: " + WeightedDraw.WeightRule + ".");
        }

        _choices.Add((weight, step));
        return this;
    }
}
