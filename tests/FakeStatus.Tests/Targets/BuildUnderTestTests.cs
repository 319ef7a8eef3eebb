using System.Reflection;
using System.Runtime.Versioning;

namespace FakeStatus.Tests.Targets;

/// <summary>
/// These tests run once per shipped build of FakeStatus (net10.0, net8.0, and netstandard2.0 through
/// tests/FakeStatus.NetStandard.Tests): this checks each run loads the build it claims to, so every #if branch is tested.
/// </summary>
public sealed class BuildUnderTestTests
{
    private const string ExpectedFramework =
#if FAKESTATUS_NETSTANDARD
        ".NETStandard,Version=v2.0";
#elif NET10_0
        ".NETCoreApp,Version=v10.0";
#elif NET8_0
        ".NETCoreApp,Version=v8.0";
#endif

    [Test]
    public void FakeStatusAssembly_InThisRun_IsTheBuildThisTestProjectTargets()
    {
        string? built = typeof(FakeStatusHandler).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

        built.Should().Be(ExpectedFramework);
    }

    [Test]
    public void SyncSend_InThisRun_IsOverriddenExactlyWhenTheBuildHasIt()
    {
        // HttpMessageHandler.Send exists from .NET 5; the netstandard2.0 build cannot override it, so the base one runs.
        MethodInfo send = typeof(FakeStatusHandler).GetMethod(
            "Send", BindingFlags.Instance | BindingFlags.NonPublic, null, [typeof(HttpRequestMessage), typeof(CancellationToken)], null)!;

#if FAKESTATUS_NETSTANDARD
        send.DeclaringType.Should().Be<HttpMessageHandler>();
#else
        send.DeclaringType.Should().Be<FakeStatusHandler>();
#endif
    }
}
