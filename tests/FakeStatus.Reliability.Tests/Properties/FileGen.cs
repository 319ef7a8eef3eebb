using CsCheck;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>HAR, cassette and error-style documents: a valid one of each, mutated a field, a cut or a character at a time.</summary>
internal static class FileGen
{
    /// <summary>Values that each reader must read or refuse: wrong kinds, fractions, unpaired surrogates, bad methods, templates.</summary>
    public static readonly Gen<string> Value = Gen.Frequency(
        (3, TemplateAndCatalogGen.JsonValue),
        (2, Gen.OneOf(
            "1.5", "-0", "1e3", "\"\\uD83D\"", "\"a\\uDE00\"", "\"G T\"", "\"GET\"", "\"\"", "\"https://a.test/x\"", "\"ftp://x\"", "\"base64\"",
            "\"text\"", "\"gzip\"", "\"%%%\"", "\"AAEC/w==\"", "\"{{code}}\"", "\"{{nope}}\"", "\"{{message:json}}\"", "\"{{\"", "\"application/json\"",
            "\"text/xml\"", "\"\\r\\n\"", "\"bad name\"", "\"99\"", "\"4xx\"", "\"5xx\"", "{\"a\": 1}", "[[], []]", "[{\"name\": 1}]",
            "[{\"name\": \"x\", \"value\": \"\\uD83D\"}]", "[{\"name\": \"bad name\", \"value\": \"1\"}]", "{\"X-A\": [\"\\uD83D\"]}", "{\"bad name\": [\"1\"]}")));

    public const string ValidHar = """
        {"log": {"version": "1.2", "creator": {"name": "gen", "version": "1"}, "entries": [
          {"startedDateTime": "2026-02-25T12:00:00.000Z", "time": 12,
           "request": {"method": "GET", "url": "https://shop.test/cart", "httpVersion": "HTTP/1.1", "headers": [{"name": "Accept", "value": "*/*"}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
           "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "content-type", "value": "application/json"}], "cookies": [],
             "content": {"size": 11, "mimeType": "application/json", "text": "{\"items\":1}"}, "redirectURL": "", "headersSize": -1, "bodySize": 11},
           "cache": {}, "timings": {"send": 0, "wait": 10, "receive": 2}},
          {"startedDateTime": "2026-02-25T12:00:01.000Z", "time": 5,
           "request": {"method": "POST", "url": "https://shop.test/orders", "httpVersion": "HTTP/1.1", "headers": [], "queryString": [], "cookies": [],
             "postData": {"mimeType": "application/json", "text": "{\"sku\":\"a\"}"}, "headersSize": -1, "bodySize": 11},
           "response": {"status": 503, "statusText": "Service Unavailable", "httpVersion": "HTTP/1.1", "headers": [{"name": "Retry-After", "value": "1"}], "cookies": [],
             "content": {"size": 0, "mimeType": "", "encoding": "base64", "text": ""}, "redirectURL": "", "headersSize": -1, "bodySize": 0},
           "cache": {}, "timings": {"send": 0, "wait": 4, "receive": 1}}]}}
        """;

    public const string ValidCassette = """
        {"version": 1, "interactions": [
          {"request": {"method": "GET", "url": "https://api.test/jobs/1?token=***", "headers": {"Accept": ["*/*"]}},
           "response": {"status": 202, "reasonPhrase": "Accepted", "headers": {"Retry-After": ["1"]}, "body": "{\"state\":\"queued\"}", "bodyEncoding": "text"}},
          {"request": {"method": "POST", "url": "https://api.test/raw", "body": "{\"a\":1}", "bodyEncoding": "text"},
           "response": {"status": 200, "reasonPhrase": "Fine", "headers": {"Content-Type": ["application/octet-stream"]}, "body": "AAEC/w==", "bodyEncoding": "base64"}}]}
        """;

    // A style that uses every part of the format: templates with a JSON-escaped field, headers, field defaults, code and class rules.
    public const string ValidStyle = """
        {"name": "gen", "contentType": "application/json", /* comments and trailing commas are allowed */
         "body": "{\"e\": {\"c\": \"{{code}}\", \"m\": \"{{message}}\", \"s\": {{status}}, \"h\": {{hint:json}}}}",
         "requestId": "gen-{{status}}", "headers": {"Gen-Error": "{{code}}", "Gen-Request": "{{requestId}}"},
         "fields": {"code": "GEN_{{status}}", "message": "{{reasonPhrase}}", "hint": null},
         "statuses": {"503": {"code": "GEN_BUSY", "hint": "retry", "headers": {"Gen-Retry": "yes"}}, "4xx": {"code": "GEN_CLIENT", "headers": {"Gen-Request": null}},},}
        """;

    private static readonly string[] HarFields =
        ["log", "entries", "request", "response", "method", "url", "headers", "name", "value", "status", "statusText", "content", "mimeType",
         "text", "encoding", "postData", "size", "httpVersion", "queryString", "startedDateTime", "time", "redirectURL", "bodySize"];

    private static readonly string[] CassetteFields =
        ["version", "interactions", "request", "response", "method", "url", "headers", "Accept", "Retry-After", "Content-Type", "status",
         "reasonPhrase", "body", "bodyEncoding"];

    private static readonly string[] StyleFields =
        ["name", "contentType", "body", "requestId", "headers", "Gen-Error", "Gen-Request", "fields", "code", "message", "hint", "statuses",
         "503", "4xx", "Gen-Retry"];

    public static readonly Gen<string> Har = TemplateAndCatalogGen.Mutated(ValidHar, TemplateAndCatalogGen.MutationOf(HarFields, Value));

    public static readonly Gen<string> Cassette = TemplateAndCatalogGen.Mutated(ValidCassette, TemplateAndCatalogGen.MutationOf(CassetteFields, Value));

    public static readonly Gen<string> Style = TemplateAndCatalogGen.Mutated(ValidStyle, TemplateAndCatalogGen.MutationOf(StyleFields, Value));
}
