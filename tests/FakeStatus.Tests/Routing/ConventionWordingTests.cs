namespace FakeStatus.Tests.Routing;

/// <summary>The full 400 body a malformed URL convention answers with, and the content negotiation of convention bodies.</summary>
public sealed class ConventionWordingTests
{
    private const string Lists = ". Lists look like /random/200,201,500-504 (a repeated code weighs more) or /status/200:0.9,500:0.1.";
    private const string Weights = "a weight must be a finite number, 0 or more, with at least one choice above 0 (e.g. 0.9 or 3)";

    [TestCase("/random/500-400", "'/random/500-400': '500-400' is not a range of codes: expected low-high, each a whole number from 100 to 999, e.g. 500-504" + Lists)]
    [TestCase("/random/200,99", "'/random/200,99': '99' is not a status code: expected a whole number from 100 to 999" + Lists)]
    [TestCase("/status/200:x,500:0.1", "'/status/200:x,500:0.1': the weight 'x' in '200:x' is not valid: " + Weights + Lists)]
    [TestCase("/status/200:0,500:0", "'/status/200:0,500:0': every weight in '200:0,500:0' is 0: " + Weights + Lists)]
    [TestCase("/random/200,,500", "'/random/200,,500': the list has an empty item in '200,,500'; every item is a code or a low-high range" + Lists)]
    [TestCase("/503?suppressBody=maybe", "suppressBody='maybe' is not valid: expected true or false.")]
    [TestCase("/530?variant=no_such", "variant='no_such' is not a valid variant name: expected ASCII letters, digits and '-', e.g. ?variant=pantheon.")]
    public async Task Malformed_Answers400_WithTheWholeProblemInTheBody(string path, string detail)
    {
        using HttpResponseMessage response = await GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "{\"error\": \"client_error\", \"message\": \"Bad Request\", \"detail\": \"" + detail.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}");
    }

    [Test]
    public async Task Malformed_IsLoggedAsAMalformedConvention()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync("/503?suppressBody=maybe");

        handler.Requests.Single().Detail.Should().Be("URL convention, malformed: suppressBody='maybe' is not valid: expected true or false.");
    }

    [TestCase("/status")]
    [TestCase("/smtp/abc")]
    [TestCase("/5o3")]
    [TestCase("/cloudflare/zone")]
    [TestCase("/azure-storage/container")]
    public async Task Unmatched_PathLikeAConvention_MessageListsTheFormsTheConventionsAccept(string path)
    {
        string message = await UnmatchedMessageAsync(path);

        message.Should().Contain(
            "\nURL conventions accept: /{code}, /status/{code}, /{protocol}/{code} (e.g. /smtp/530, /ftp/530, /http/530), /{vendor}/{code} " +
            "(e.g. /pantheon/530), /random/{codes} (e.g. /random/200,500-504) or /status/{code}:{weight},... (e.g. /status/200:0.9,500:0.1), " +
            "optionally followed by more segments and by ?sleep={milliseconds}&suppressBody=true&variant={name}.");
    }

    [TestCase("/customers")]
    [TestCase("/api/v2/orders/7?expand=lines")]
    public async Task Unmatched_OrdinaryApiPath_MessageSaysConventionsInOneShortLine(string path)
    {
        string message = await UnmatchedMessageAsync(path);

        message.Should().Contain("\nURL conventions answer paths such as /503, /status/429 or /smtp/530; this path is not one.\n")
            .And.NotContain("URL conventions accept", "an API path is not a convention attempt, so the list of forms is noise");
    }

    private static async Task<string> UnmatchedMessageAsync(string path)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/orders").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        Func<Task> act = () => client.GetAsync(new Uri(path, UriKind.Relative));

        return (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
    }

    [TestCase("APPLICATION/PROBLEM+JSON", "Problem")]
    [TestCase("Text/Plain", "Text")]
    [TestCase("application/*", "Json")]
    [TestCase("*/*", "Json")]
    [TestCase("text/html", "Json")]
    [TestCase("text/plain, application/problem+json", "Text")]
    [TestCase("application/problem+json, text/plain", "Problem")]
    [TestCase("*/*;q=0.1, application/problem+json;q=0.2", "Problem")]
    [TestCase("application/problem+json;q=0.2, */*;q=0.1", "Problem")]
    [TestCase("application/*;q=0.9, text/plain;q=0.8", "Json")]
    [TestCase("text/plain;q=soon, application/problem+json;q=0.1", "Problem")]
    [TestCase("text/plain;q=0", "Json")]
    [TestCase("text/plain ; charset=utf-8 ; Q=0.5, application/problem+json;q=0.4", "Text")]
    [TestCase("text/plain;q=2, application/problem+json;q=0.1", "Text")]
    [TestCase("text/plain;q=, application/problem+json;q=0.1", "Problem")]
    [TestCase("not a media type, text/plain", "Text")]
    public void Negotiate_PicksTheHighestSupportedQ_EarliestOnTies_JsonOtherwise(string accept, string expected)
    {
        ConventionHeaders.Negotiate(accept).ToString().Should().Be(expected);
    }

    private static async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        return await client.GetAsync(path);
    }
}
