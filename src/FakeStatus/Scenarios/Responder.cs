using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FakeStatus;

/// <summary>Chooses the step for the N-th call of a route; stateless apart from N, so concurrent calls need no lock.</summary>
internal abstract class Responder
{
    public abstract string Description { get; }

    public abstract ResponseStep Next(long call, string routeName);

    public sealed class Single(ResponseStep step) : Responder
    {
        public override string Description => step.Description;

        public override ResponseStep Next(long call, string routeName) => step;
    }

    public sealed class Sequence(IReadOnlyList<ResponseStep> steps, bool throwWhenExhausted) : Responder
    {
        private readonly ResponseStep[] _steps = steps.Count > 0
            ? steps.ToArray()
            : throw new ArgumentException("A sequence needs at least one step, e.g. s => s.Respond(503).Respond(200).", nameof(steps));

        public override string Description =>
            "sequence [" + string.Join(", ", _steps.Select(s => s.Description)) + "]" + (throwWhenExhausted ? " then throw" : " then repeat the last");

        public int Length => _steps.Length;

        /// <summary>The steps from call <paramref name="callsMade"/> + 1 on, for "never used" messages.</summary>
        public string DescribeFrom(long callsMade) =>
            string.Join(", ", _steps.Skip((int)Math.Min(callsMade, _steps.Length)).Select((s, i) => "#" + (callsMade + i + 1).ToString(CultureInfo.InvariantCulture) + " " + s.Description));

        public override ResponseStep Next(long call, string routeName)
        {
            long index = call - 1;
            if (index < _steps.Length)
            {
                return _steps[index];
            }

            if (throwWhenExhausted)
            {
                throw new SequenceExhaustedException(string.Format(
                    CultureInfo.InvariantCulture,
                    "Route '{0}' received request #{1} but its sequence has only {2} step(s): {3}.",
                    routeName,
                    call,
                    _steps.Length,
                    Description));
            }

            return _steps[_steps.Length - 1];
        }
    }

    public sealed class Random(IReadOnlyList<(double Weight, ResponseStep Step)> choices, int seed) : Responder
    {
        private readonly ResponseStep[] _steps = choices.Count > 0
            ? choices.Select(c => c.Step).ToArray()
            : throw new ArgumentException("A random choice needs at least one option, e.g. r => r.Respond(0.9, 200).Respond(0.1, 503).", nameof(choices));

        private readonly double[] _cumulative = WeightedDraw.Cumulative(choices.Select(c => c.Weight).ToArray(), nameof(choices));

        public int Seed => seed;

        public override string Description =>
            $"random (seed {seed}) [" + string.Join(", ", choices.Select(c => c.Weight.ToString(CultureInfo.InvariantCulture) + ": " + c.Step.Description)) + "]";

        public override ResponseStep Next(long call, string routeName) => _steps[WeightedDraw.Pick(_cumulative, seed, call)];
    }
}
