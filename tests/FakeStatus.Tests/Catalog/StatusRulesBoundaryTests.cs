namespace FakeStatus.Tests.Catalog;

/// <summary>The edges of the rules every definition obeys, seen through <see cref="StatusDefinition"/>'s validating properties.</summary>
public sealed class StatusRulesBoundaryTests
{
    [TestCase(100)]
    [TestCase(999)]
    public void Code_AtTheEndsOfTheRange_IsAccepted(int code) => new StatusDefinition("x", code, "A").Code.Should().Be(code);

    [TestCase(99)]
    [TestCase(1000)]
    public void Code_JustOutsideTheRange_ThrowsNamingTheRange(int code) =>
        FluentActions.Invoking(() => new StatusDefinition("x", code, "A"))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Code")
            .WithMessage($"Status code {code} is out of range: a status code is a whole number from 100 to 999.*");

    [TestCase(199, false)]
    [TestCase(200, true)]
    [TestCase(203, true)]
    [TestCase(204, false)]
    [TestCase(205, false)]
    [TestCase(206, true)]
    [TestCase(303, true)]
    [TestCase(304, false)]
    [TestCase(305, true)]
    public void BodyAllowed_ByDefault_FollowsTheCode(int code, bool allowed) =>
        new StatusDefinition("x", code, "A").BodyAllowed.Should().Be(allowed);

    [TestCase("az09-", "az09-")]
    [TestCase("AZ", "az")]
    [TestCase("aws-ELB", "aws-elb")]
    public void Vendor_AsciiLettersDigitsAndDash_IsAcceptedInLowerCase(string vendor, string expected) =>
        new StatusDefinition("x", 500, "A") { Vendor = vendor }.Vendor.Should().Be(expected);

    // The characters just before and after each accepted ASCII range.
    [TestCase("a/", '/')]
    [TestCase("a:", ':')]
    [TestCase("a@", '@')]
    [TestCase("a[", '[')]
    [TestCase("a`", '`')]
    [TestCase("a{", '{')]
    [TestCase("a_", '_')]
    [TestCase("caf\u00e9", '\u00e9')]
    public void Variant_WithACharacterOutsideTheRanges_ThrowsNamingIt(string variant, char bad) =>
        FluentActions.Invoking(() => new StatusDefinition("x", 500, "A") { Variant = variant })
            .Should().Throw<ArgumentException>().WithParameterName("Variant")
            .WithMessage($"Variant '{variant}' contains '{bad}': use ASCII letters, digits and '-' only, e.g. 'smtp' or 'aws-elb'.*");

    [Test]
    public void Protocol_Empty_ThrowsSayingWhatANameIs() =>
        FluentActions.Invoking(() => new StatusDefinition(string.Empty, 500, "A"))
            .Should().Throw<ArgumentException>().WithParameterName("Protocol")
            .WithMessage("Protocol must not be null or empty; use lower-case ASCII letters, digits and '-', e.g. 'smtp' or 'aws-elb'.*");

    [TestCase("A B")]
    [TestCase("~")]
    [TestCase("!")]
    public void ReasonPhrase_PrintableAsciiAtTheEnds_IsAccepted(string phrase) =>
        new StatusDefinition("x", 500, phrase).ReasonPhrase.Should().Be(phrase);

    [TestCase("A\tB", "0009")]
    [TestCase("A\u001fB", "001F")]
    [TestCase("A\u007fB", "007F")]
    public void ReasonPhrase_ControlOrDelete_ThrowsNamingTheCodePoint(string phrase, string codePoint) =>
        FluentActions.Invoking(() => new StatusDefinition("x", 500, phrase))
            .Should().Throw<ArgumentException>().WithParameterName("ReasonPhrase")
            .WithMessage($"*contains U+{codePoint}: a reason phrase is printable ASCII (space to '~').*");

    [TestCase("")]
    [TestCase("   ")]
    public void ReasonPhrase_EmptyOrWhiteSpace_ThrowsSayingItMustHaveText(string phrase) =>
        FluentActions.Invoking(() => new StatusDefinition("x", 500, phrase))
            .Should().Throw<ArgumentException>().WithParameterName("ReasonPhrase")
            .WithMessage("ReasonPhrase must not be null, empty or white space.*");

    [Test]
    public void Headers_Null_ThrowsSayingToUseAnEmptyDictionary() =>
        FluentActions.Invoking(() => new StatusDefinition("x", 500, "A") { Headers = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("Headers")
            .WithMessage("Headers must not be null; use an empty dictionary for none.*");
}
