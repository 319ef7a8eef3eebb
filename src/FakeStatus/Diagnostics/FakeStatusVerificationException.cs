using System;

namespace FakeStatus;

/// <summary>Thrown by the <c>Verify...</c> methods of <see cref="FakeStatusHandler"/> when the requests received differ from those expected.</summary>
/// <remarks>Not tied to a test framework: every runner reports it as a failure with its message.</remarks>
public sealed class FakeStatusVerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected, what happened, and the requests received.</param>
    public FakeStatusVerificationException(string message)
        : base(message)
    {
    }
}
