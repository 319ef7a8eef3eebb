namespace FakeStatus.Sdk.Tests.Matrix;

/// <summary>The statuses every SDK is driven through.</summary>
internal static class SdkStatuses
{
    public static readonly int[] Common = [401, 403, 404, 409, 429, 500, 503];
}
