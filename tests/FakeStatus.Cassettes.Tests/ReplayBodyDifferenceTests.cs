using System.Text;
using System.Text.Json;

namespace FakeStatus.Cassettes.Tests;

/// <summary>
/// A replayed JSON request whose body differs from the recorded one: the unmatched-request message names the first place
/// that differs and both values, so the user sees why the recording did not answer.
/// </summary>
public sealed class ReplayBodyDifferenceTests
{
    [Test]
    public async Task Send_PropertyRecordedButMissing_MessageSaysRecordedValueGotNone()
    {
        string why = await BodyDifferenceAsync("{\"a\": 1, \"b\": 2}", "{\"a\": 1}");

        why.Should().Be("body at $.b: recorded 2, got none");
    }

    [Test]
    public async Task Send_NestedPropertyMissing_MessageNamesItsFullPath()
    {
        string why = await BodyDifferenceAsync("{\"order\": {\"qty\": 3, \"sku\": \"A-1\"}}", "{\"order\": {\"qty\": 3}}");

        why.Should().Be("body at $.order.sku: recorded \"A-1\", got none");
    }

    [Test]
    public async Task Send_PropertyNotRecorded_MessageSaysNotRecordedAndTheSentValue()
    {
        string why = await BodyDifferenceAsync("{\"a\": 1}", "{\"a\": 1, \"z\": \"extra\"}");

        why.Should().Be("body at $.z: not recorded, got \"extra\"");
    }

    [Test]
    public async Task Send_NestedPropertyNotRecorded_MessageNamesItsFullPath()
    {
        string why = await BodyDifferenceAsync("{\"order\": {\"qty\": 3}}", "{\"order\": {\"qty\": 3, \"note\": [1]}}");

        why.Should().Be("body at $.order.note: not recorded, got [1]");
    }

    [Test]
    public async Task Send_SecretPropertyNotRecorded_MessageMasksItsValue()
    {
        string why = await BodyDifferenceAsync("{\"a\": 1}", "{\"a\": 1, \"token\": \"s3cr3t-value\"}");

        why.Should().StartWith("body at $.token: not recorded, got (masked").And.NotContain("s3cr3t-value");
    }

    [Test]
    public async Task Send_SecretPropertyMissing_MessageMasksTheRecordedValue()
    {
        string why = await BodyDifferenceAsync("{\"a\": 1, \"password\": \"hunter2\"}", "{\"a\": 1}");

        why.Should().StartWith("body at $.password: recorded (masked").And.EndWith(", got none").And.NotContain("hunter2");
    }

    [Test]
    public async Task Send_NestedSecretDiffers_MessageMasksBothValuesByTheLastNameInThePath()
    {
        string why = await BodyDifferenceAsync("{\"user\": {\"password\": \"hunter2\"}}", "{\"user\": {\"password\": \"other-pw\"}}");

        why.Should().StartWith("body at $.user.password: recorded (masked").And.NotContain("hunter2").And.NotContain("other-pw");
    }

    [Test]
    public async Task Send_SecondValueDiffers_MessageNamesThatValueNotTheEqualOneBeforeIt()
    {
        string why = await BodyDifferenceAsync("{\"a\": 1, \"b\": 2}", "{\"a\": 1, \"b\": 3}");

        why.Should().Be("body at $.b: recorded 2, got 3");
    }

    [Test]
    public async Task Send_SecretByWholeNameDiffersInANestedObject_MessageMasksItByTheNameAfterTheLastDot()
    {
        string why = await BodyDifferenceAsync("{\"user\": {\"code\": \"1234\"}}", "{\"user\": {\"code\": \"9876\"}}");

        why.Should().StartWith("body at $.user.code: recorded (masked").And.NotContain("1234").And.NotContain("9876");
    }

    [Test]
    public async Task Send_EqualObjectAndArrayBeforeTheDifference_MessageNamesTheDifferenceAfterThem()
    {
        string why = await BodyDifferenceAsync("{\"a\": {\"x\": 1}, \"b\": [1, 2], \"c\": 3}", "{\"a\": {\"x\": 1}, \"b\": [1, 2], \"c\": 4}");

        why.Should().Be("body at $.c: recorded 3, got 4");
    }

    [Test]
    public async Task Send_ValueOfAnotherKind_MessageShowsBothRawValues()
    {
        string why = await BodyDifferenceAsync("{\"qty\": 1}", "{\"qty\": \"1\"}");

        why.Should().Be("body at $.qty: recorded 1, got \"1\"");
    }

    [Test]
    public async Task Send_ArrayItemDiffers_MessageNamesTheItemsIndex()
    {
        string why = await BodyDifferenceAsync("{\"items\": [1, 2, 3]}", "{\"items\": [1, 2, 4]}");

        why.Should().Be("body at $.items[2]: recorded 3, got 4");
    }

    [Test]
    public async Task Send_FirstArrayItemDiffers_MessageNamesIndexZero()
    {
        string why = await BodyDifferenceAsync("{\"items\": [1, 2]}", "{\"items\": [9, 2]}");

        why.Should().Be("body at $.items[0]: recorded 1, got 9");
    }

    [TestCase("[1, 2]", "[1, 2, 3]", "recorded 2 item(s), got 3")]
    [TestCase("[1, 2, 3]", "[1, 2]", "recorded 3 item(s), got 2")]
    [TestCase("[]", "[1]", "recorded 0 item(s), got 1")]
    public async Task Send_ArrayOfAnotherLengthWithEqualCommonItems_MessageCountsTheItems(string recorded, string sent, string expected)
    {
        string why = await BodyDifferenceAsync("{\"items\": " + recorded + "}", "{\"items\": " + sent + "}");

        why.Should().Be("body at $.items: " + expected);
    }

    [Test]
    public async Task Send_ArrayOfAnotherLengthWithADifferentItem_MessageNamesTheItemFirst()
    {
        string why = await BodyDifferenceAsync("{\"items\": [1, 2]}", "{\"items\": [1, 5, 3]}");

        why.Should().Be("body at $.items[1]: recorded 2, got 5");
    }

    [Test]
    public async Task Send_ValueLongerThanSixtyCharacters_MessageShowsSixtyAndAnEllipsis()
    {
        string recorded = "\"" + new string('r', 59) + "\"";   // 61 characters with its quotes
        string sent = "\"" + new string('s', 59) + "\"";

        string why = await BodyDifferenceAsync("{\"note\": " + recorded + "}", "{\"note\": " + sent + "}");

        why.Should().Be("body at $.note: recorded \"" + new string('r', 59) + "..., got \"" + new string('s', 59) + "...");
    }

    [Test]
    public async Task Send_ValueOfExactlySixtyCharacters_MessageShowsItWhole()
    {
        string recorded = "\"" + new string('r', 58) + "\"";   // 60 characters with its quotes
        string sent = "\"" + new string('s', 58) + "\"";

        string why = await BodyDifferenceAsync("{\"note\": " + recorded + "}", "{\"note\": " + sent + "}");

        why.Should().Be("body at $.note: recorded " + recorded + ", got " + sent);
    }

    /// <summary>
    /// Replays one recorded JSON POST (masking off, so the bodies are compared as sent and only the message masks secrets),
    /// sends <paramref name="sent"/> and returns the near-miss line that explains the body (the one marked <c>[x]</c>), from <c>body</c> on.
    /// </summary>
    private static async Task<string> BodyDifferenceAsync(string recorded, string sent)
    {
        string cassette = $$"""
            {
              "version": 1,
              "interactions": [
                { "request": { "method": "POST", "url": "https://api.test/orders", "headers": { "Content-Type": ["application/json"] }, "body": {{JsonSerializer.Serialize(recorded)}} },
                  "response": { "status": 201, "reasonPhrase": "Created", "headers": {}, "body": "" } }
              ]
            }
            """;
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        Cassette.Parse(cassette, "orders.json").ReplayInto(handler, new CassetteOptions { SecretNames = [], SecretNameParts = [] });
        using HttpClient client = handler.ToHttpClient();
        using var body = new StringContent(sent, Encoding.UTF8, "application/json");

        Func<Task> send = () => client.PostAsync(new Uri("https://api.test/orders"), body);

        string message = (await send.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
        string line = message.Split('\n').Single(l => l.Contains("[x]", StringComparison.Ordinal));
        return line.Substring(line.IndexOf("body ", StringComparison.Ordinal)).TrimEnd('\r');
    }
}
