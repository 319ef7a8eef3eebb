namespace FakeStatus.Tests.Handler;

/// <summary>The settings a handler refuses say which setting and what to use instead; the ones it takes are the ones it uses.</summary>
public sealed class OptionsWordingTests
{
    [Test]
    public void Options_NullTimeProviderOrPolicy_AreRejectedSayingWhatToUse()
    {
        FluentActions.Invoking(() => new FakeStatusOptions { TimeProvider = null! })
            .Should().Throw<ArgumentNullException>()
            .WithMessage("TimeProvider must not be null; use TimeProvider.System for the real clock.*")
            .Which.ParamName.Should().Be("TimeProvider");
        FluentActions.Invoking(() => new FakeStatusOptions { Unmatched = null! })
            .Should().Throw<ArgumentNullException>()
            .WithMessage("Unmatched must not be null; the default is UnmatchedPolicy.Throw.*")
            .Which.ParamName.Should().Be("Unmatched");
    }

    [TestCase(99)]
    [TestCase(1000)]
    public void UnmatchedPolicyRespond_CodeOutOfRange_IsRejectedNamingTheCode(int code)
    {
        FluentActions.Invoking(() => UnmatchedPolicy.Respond("smtp", code))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"Status code {code} is out of range: a status code is a whole number from 100 to 999.*")
            .Which.ParamName.Should().Be("code");
    }

    [Test]
    public void Handler_GivenASeed_UsesThatSeed()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RandomSeed = 4321 });

        handler.RandomSeed.Should().Be(4321);
    }
}
