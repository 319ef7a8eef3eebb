using FakeStatus;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

// Each check prints one line; any failure exits 1, so the packaging test sees which part of which package broke.
int failures = 0;

using (var handler = new FakeStatusHandler())
using (HttpClient client = handler.ToHttpClient(new Uri("https://fake.test")))
using (HttpResponseMessage response = await client.GetAsync(new Uri("/smtp/530", UriKind.Relative)))
{
    string body = await response.Content.ReadAsStringAsync();
    Check("FakeStatus: GET /smtp/530", (int)response.StatusCode == 530 && response.ReasonPhrase == "Authentication Required"
        && body == "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}");
}

using (var mockHttp = new MockHttpMessageHandler())
{
    mockHttp.When("/login").RespondWithStatus("smtp", 530);
    using HttpClient client = mockHttp.ToHttpClient();
    client.BaseAddress = new Uri("https://fake.test");
    using HttpResponseMessage first = await client.GetAsync(new Uri("/login", UriKind.Relative));
    using HttpResponseMessage second = await client.GetAsync(new Uri("/login", UriKind.Relative));
    string firstBody = await first.Content.ReadAsStringAsync();
    string secondBody = await second.Content.ReadAsStringAsync();
    Check("FakeStatus.MockHttp: RespondWithStatus twice", (int)second.StatusCode == 530 && firstBody == secondBody && firstBody.Length == 63);
}

var services = new ServiceCollection();
services.AddHttpClient("mail", c => c.BaseAddress = new Uri("https://mail.test")).UseFakeStatus();
using (ServiceProvider provider = services.BuildServiceProvider())
{
    HttpClient client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("mail");
    using HttpResponseMessage response = await client.GetAsync(new Uri("/503", UriKind.Relative));
    Check("FakeStatus.Http: UseFakeStatus", (int)response.StatusCode == 503 && provider.GetFakeStatusHandler("mail").Requests.Count == 1);
}

#if NET8_0
// FakeStatus.Http must not lift a net8.0 app onto a newer Microsoft.Extensions.Http than its own .NET's.
Check("FakeStatus.Http on net8.0: Microsoft.Extensions.Http 8.x",
    typeof(HttpClientFactoryServiceCollectionExtensions).Assembly.GetName().Version!.Major == 8);
#endif

Console.WriteLine(failures == 0 ? "consumer: all checks passed" : $"consumer: {failures} check(s) failed");
return failures == 0 ? 0 : 1;

void Check(string name, bool passed)
{
    Console.WriteLine((passed ? "ok   " : "FAIL ") + name);
    failures += passed ? 0 : 1;
}
