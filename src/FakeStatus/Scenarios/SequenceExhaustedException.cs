using System;

namespace FakeStatus;

/// <summary>Thrown when a route's sequence, registered with <see cref="SequenceBuilder.ThrowWhenExhausted"/>, receives more requests than it has steps.</summary>
public sealed class SequenceExhaustedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Names the route, its steps and the request number.</param>
    public SequenceExhaustedException(string message)
        : base(message)
    {
    }
}
