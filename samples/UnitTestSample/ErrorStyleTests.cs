using System.Xml.Linq;
using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace UnitTestSample;

/// <summary>The three ways to answer in a vendor's error shape, as the README shows them.</summary>
public sealed class ErrorStyleTests
{
    [Test]
    public async Task ErrorStyles_RouteHandlerAndUrl_AnswerInTheVendorsShape()
    {
        // begin-snippet: error-styles
        // Per route: Azure Storage's XML error, x-ms-error-code and x-ms-request-id; errorCode picks another vendor code.
        using var handler = new FakeStatusHandler();
        handler.When("/photos/cat.jpg").Respond(503, r => r.WithErrorStyle(ErrorStyle.AzureStorage));
        handler.When("/photos/dog.jpg").Respond(404, r => r.WithErrorStyle(ErrorStyle.AzureStorage, errorCode: "BlobNotFound"));

        // Per handler: every error response of this handler (routes and URL conventions) is in Stripe's shape.
        using var stripe = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.Stripe });

        // By URL: /{style}/{code}, followed by any other convention form or trailing path.
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using HttpResponseMessage slowDown = await client.GetAsync("/aws-s3/503");   // <Error><Code>SlowDown</Code>...

        // Your own API's style, from a JSON file: errors name the file and the field.
        ErrorStyle acme = ErrorStyle.Parse(
            """{"name": "acme", "contentType": "application/json", "body": "{\"fault\": \"{{code}}\"}", "fields": {"code": "E{{status}}"}}""");
        // end-snippet

        using HttpResponseMessage busy = await client.GetAsync("/photos/cat.jpg");
        busy.Headers.GetValues("x-ms-error-code").Should().Equal("ServerBusy");
        XDocument.Parse(await slowDown.Content.ReadAsStringAsync()).Root!.Element("Code")!.Value.Should().Be("SlowDown");
        using HttpResponseMessage declined = await stripe.ToHttpClient(new Uri("https://api.stripe.test")).GetAsync("/402");
        (await declined.Content.ReadAsStringAsync()).Should().Contain("\"code\": \"card_declined\"");
        acme.Name.Should().Be("acme");
    }
}
