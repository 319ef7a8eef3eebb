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

    /// <summary>Steps answered in order, a step with <c>Times(n)</c> on n consecutive calls; the steps count as their calls.</summary>
    public sealed class Sequence : Responder
    {
        private readonly SequenceStep[] _steps;
        private readonly long[] _lastCall;
        private readonly bool _throwWhenExhausted;

        public Sequence(IReadOnlyList<SequenceStep> steps, bool throwWhenExhausted)
        {
            _steps = steps.Count > 0
                ? steps.ToArray()
                : throw new ArgumentException("A sequence needs at least one step, e.g. s => s.Respond(503).Respond(200).", nameof(steps));
            _throwWhenExhausted = throwWhenExhausted;
            _lastCall = new long[_steps.Length];
            long total = 0;
            for (int i = 0; i < _steps.Length; i++)
            {
                total += _steps[i].Count;
                _lastCall[i] = total;
            }
        }

        public override string Description =>
            "sequence [" + string.Join(", ", _steps.Select(s => s.Description)) + "]" + (_throwWhenExhausted ? " then throw" : " then repeat the last");

        /// <summary>How many calls the steps answer before the sequence is exhausted.</summary>
        public long Length => _lastCall[_lastCall.Length - 1];

        /// <summary>The steps from call <paramref name="callsMade"/> + 1 on, for "never used" messages: <c>#2-#3 503 ..., #4 200 OK</c>.</summary>
        public string DescribeFrom(long callsMade)
        {
            var parts = new List<string>();
            for (int i = 0; i < _steps.Length; i++)
            {
                long first = Math.Max(i == 0 ? 1 : _lastCall[i - 1] + 1, callsMade + 1);
                if (first > _lastCall[i])
                {
                    continue;
                }

                string calls = first == _lastCall[i]
                    ? "#" + first.ToString(CultureInfo.InvariantCulture)
                    : "#" + first.ToString(CultureInfo.InvariantCulture) + "-#" + _lastCall[i].ToString(CultureInfo.InvariantCulture);
                parts.Add(calls + " " + _steps[i].Step.Description);
            }

            return string.Join(", ", parts);
        }

        public override ResponseStep Next(long call, string routeName)
        {
            if (call <= Length)
            {
                int index = Array.BinarySearch(_lastCall, call);
                return _steps[index >= 0 ? index : ~index].Step;
            }

            if (_throwWhenExhausted)
            {
                throw new SequenceExhaustedException(string.Format(
                    CultureInfo.InvariantCulture,
                    "Route '{0}' received request #{1} but its sequence has only {2} step(s): {3}.",
                    routeName,
                    call,
                    Length,
                    Description));
            }

            return _steps[_steps.Length - 1].Step;
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
