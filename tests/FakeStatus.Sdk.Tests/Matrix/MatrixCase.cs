namespace FakeStatus.Sdk.Tests.Matrix;

/// <summary>One row of the compatibility matrix: an SDK, the answer FakeStatus gives it, and how to observe what the SDK does.</summary>
internal sealed record MatrixCase(string Sdk, string Answer, Func<Task<Observation>> Observe);
