namespace FakeStatus.OpenApi.Tests;

/// <summary>The same small orders API written four ways: OpenAPI 3.0 and 3.1, YAML and JSON.</summary>
internal static class ShopDocuments
{
    public static readonly string[] All = ["shop.v30.yaml", "shop.v30.json", "shop.v31.yaml", "shop.v31.json"];

    public static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Documents", name);

    public static (FakeStatusHandler Handler, OpenApiImport Import, HttpClient Client) Import(string name, OpenApiImportOptions? options = null)
    {
        var handler = new FakeStatusHandler();
        OpenApiImport import = handler.ImportOpenApi(PathOf(name), options);
        return (handler, import, handler.ToHttpClient(new Uri("https://api.shop.test")));
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, int? status = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (status is int code)
        {
            request.Headers.Add(OpenApiImportOptions.DefaultStatusHeader, code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return request;
    }
}
