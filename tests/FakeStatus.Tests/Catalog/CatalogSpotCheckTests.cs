namespace FakeStatus.Tests.Catalog;

/// <summary>A table of definitions across HTTP, vendor, SMTP and FTP: phrase, source, kind, vendor, a header and the body rule.</summary>
public sealed partial class CatalogSpotCheckTests
{
    private const StatusKind S = StatusKind.Standard;
    private const StatusKind D = StatusKind.Deprecated;
    private const StatusKind O = StatusKind.Obsolete;
    private const StatusKind U = StatusKind.Unused;
    private const StatusKind V = StatusKind.Vendor;
    private const StatusKind X = StatusKind.Unofficial;

    [TestCase("http", 100, null, "Continue", "RFC 9110, section 15.2.1", S, null, null, false)]
    [TestCase("http", 101, null, "Switching Protocols", "RFC 9110, section 15.2.2", S, null, "Upgrade", false)]
    [TestCase("http", 103, null, "Early Hints", "RFC 8297", S, null, "Link", false)]
    [TestCase("http", 200, null, "OK", "RFC 9110, section 15.3.1", S, null, null, true)]
    [TestCase("http", 201, null, "Created", "RFC 9110, section 15.3.2", S, null, "Location", true)]
    [TestCase("http", 204, null, "No Content", "RFC 9110, section 15.3.5", S, null, null, false)]
    [TestCase("http", 206, null, "Partial Content", "RFC 9110, section 15.3.7", S, null, "Content-Range", true)]
    [TestCase("http", 226, null, "IM Used", "RFC 3229", S, null, null, true)]
    [TestCase("http", 301, null, "Moved Permanently", "RFC 9110, section 15.4.2", S, null, "Location", true)]
    [TestCase("http", 304, null, "Not Modified", "RFC 9110, section 15.4.5", S, null, "ETag", false)]
    [TestCase("http", 305, null, "Use Proxy", "RFC 9110, section 15.4.6", D, null, "Location", true)]
    [TestCase("http", 306, null, "(Unused)", "RFC 9110, section 15.4.7", U, null, null, true)]
    [TestCase("http", 308, null, "Permanent Redirect", "RFC 9110, section 15.4.9", S, null, "Location", true)]
    [TestCase("http", 401, null, "Unauthorized", "RFC 9110, section 15.5.2", S, null, "WWW-Authenticate", true)]
    [TestCase("http", 405, null, "Method Not Allowed", "RFC 9110, section 15.5.6", S, null, "Allow", true)]
    [TestCase("http", 407, null, "Proxy Authentication Required", "RFC 9110, section 15.5.8", S, null, "Proxy-Authenticate", true)]
    [TestCase("http", 413, null, "Content Too Large", "RFC 9110, section 15.5.14", S, null, null, true)]
    [TestCase("http", 416, null, "Range Not Satisfiable", "RFC 9110, section 15.5.17", S, null, "Content-Range", true)]
    [TestCase("http", 418, null, "I'm a teapot", "RFC 2324", U, null, null, true)]
    [TestCase("http", 422, null, "Unprocessable Content", "RFC 9110, section 15.5.21", S, null, null, true)]
    [TestCase("http", 425, null, "Too Early", "RFC 8470", S, null, null, true)]
    [TestCase("http", 426, null, "Upgrade Required", "RFC 9110, section 15.5.22", S, null, "Upgrade", true)]
    [TestCase("http", 429, null, "Too Many Requests", "RFC 6585, section 4", S, null, "Retry-After", true)]
    [TestCase("http", 451, null, "Unavailable For Legal Reasons", "RFC 7725", S, null, "Link", true)]
    [TestCase("http", 503, null, "Service Unavailable", "RFC 9110, section 15.6.4", S, null, "Retry-After", true)]
    [TestCase("http", 510, null, "Not Extended", "RFC 2774", O, null, null, true)]
    [TestCase("http", 511, null, "Network Authentication Required", "RFC 6585, section 6", S, null, null, true)]
    [TestCase("http", 218, "apache", "This is fine", "Apache", V, "apache", null, true)]
    [TestCase("http", 419, "laravel", "Page Expired", "Laravel", V, "laravel", null, true)]
    [TestCase("http", 420, "twitter", "Enhance Your Calm", "Twitter", V, "twitter", null, true)]
    [TestCase("http", 420, "spring", "Method Failure", "Spring", V, "spring", null, true)]
    [TestCase("http", 430, "shopify", "Shopify Security Rejection", "Shopify", V, "shopify", null, true)]
    [TestCase("http", 440, "iis", "Login Time-out", "Microsoft", V, "iis", null, true)]
    [TestCase("http", 444, "nginx", "No Response", "ngx_http_rewrite_module", V, "nginx", null, true)]
    [TestCase("http", 449, "microsoft", "Retry With", "MS-WDV", V, "microsoft", "Ms-Echo-Request", true)]
    [TestCase("http", 451, "iis", "Redirect", "MS-ASHTTP", V, "iis", "X-MS-Location", true)]
    [TestCase("http", 456, "iis", "Blocked", "MS-ASHTTP", V, "iis", null, true)]
    [TestCase("http", 457, "iis", "Expired Password", "MS-ASHTTP", V, "iis", null, true)]
    [TestCase("http", 460, "aws-elb", "Client Closed Connection", "AWS", V, "aws-elb", "Server", true)]
    [TestCase("http", 494, "nginx", "Request Header Or Cookie Too Large", "ngx_http_special_response.c", V, "nginx", null, true)]
    [TestCase("http", 499, "nginx", "Client Closed Request", "ngx_http_request.h", V, "nginx", null, true)]
    [TestCase("http", 499, "esri", "Token Required", "Esri", V, "esri", null, true)]
    [TestCase("http", 509, "cpanel", "Bandwidth Limit Exceeded", "cPanel", V, "cpanel", null, true)]
    [TestCase("http", 520, "cloudflare", "Web server returns an unknown error", "Cloudflare", V, "cloudflare", "Server", true)]
    [TestCase("http", 522, "cloudflare", "Connection timed out", "Cloudflare", V, "cloudflare", "Server", true)]
    [TestCase("http", 527, "cloudflare", "Railgun error", "Cloudflare", V, "cloudflare", "Server", true)]
    [TestCase("http", 530, "cloudflare", "Origin DNS error", "Cloudflare", V, "cloudflare", "Server", true)]
    [TestCase("http", 530, "pantheon", "Site is frozen", "Pantheon", V, "pantheon", null, true)]
    [TestCase("http", 561, "aws-elb", "Unauthorized", "AWS", V, "aws-elb", "Server", true)]
    [TestCase("http", 598, null, "Network read timeout error", "convention", X, null, null, true)]
    [TestCase("http", 599, null, "Network Connect Timeout Error", "convention", X, null, null, true)]
    [TestCase("smtp", 220, null, "Service ready", "RFC 5321, section 4.2.3", S, null, null, true)]
    [TestCase("smtp", 235, null, "Authentication Succeeded", "RFC 4954, section 6", S, null, null, true)]
    [TestCase("smtp", 354, null, "Start mail input; end with <CRLF>.<CRLF>", "RFC 5321, section 4.2.3", S, null, null, true)]
    [TestCase("smtp", 421, null, "Service not available, closing transmission channel", "RFC 5321, section 4.2.3", S, null, null, true)]
    [TestCase("smtp", 454, null, "Temporary authentication failure", "RFC 4954, section 6", S, null, null, true)]
    [TestCase("smtp", 454, "rfc3207", "TLS not available due to temporary reason", "RFC 3207", S, null, null, true)]
    [TestCase("smtp", 530, null, "Authentication Required", "RFC 4954, section 6", S, null, null, true)]
    [TestCase("smtp", 530, "rfc3207", "Must issue a STARTTLS command first", "RFC 3207", S, null, null, true)]
    [TestCase("smtp", 220, "rfc3207", "Ready to start TLS", "RFC 3207, section 4", S, null, null, true)]
    [TestCase("smtp", 554, "rfc3207", "Command refused due to lack of security", "RFC 3207, section 4.1", S, null, null, true)]
    [TestCase("smtp", 535, null, "Authentication credentials invalid", "RFC 4954, section 6", S, null, null, true)]
    [TestCase("smtp", 538, null, "Encryption required for requested authentication mechanism", "RFC 4954, section 6", D, null, null, true)]
    [TestCase("smtp", 550, null, "Requested action not taken: mailbox unavailable", "RFC 5321, section 4.2.3", S, null, null, true)]
    [TestCase("smtp", 556, null, "Domain does not accept mail", "RFC 7504", S, null, null, true)]
    [TestCase("ftp", 150, null, "File status okay; about to open data connection", "RFC 959, section 4.2.2", S, null, null, false)]
    [TestCase("ftp", 220, null, "Service ready for new user", "RFC 959, section 4.2.2", S, null, null, true)]
    [TestCase("ftp", 229, null, "Entering Extended Passive Mode", "RFC 2428, section 3", S, null, null, true)]
    [TestCase("ftp", 232, null, "User logged in, authorized by security data exchange", "RFC 2228, section 5.1", S, null, null, true)]
    [TestCase("ftp", 331, null, "User name okay, need password", "RFC 959, section 4.2.2", S, null, null, true)]
    [TestCase("ftp", 425, null, "Can't open data connection", "RFC 959, section 4.2.2", S, null, null, true)]
    [TestCase("ftp", 522, null, "Network protocol not supported", "RFC 2428, section 2", S, null, null, true)]
    [TestCase("ftp", 530, null, "Not logged in", "RFC 959, section 4.2.2", S, null, null, true)]
    [TestCase("ftp", 550, null, "Requested action not taken. File unavailable", "RFC 959, section 4.2.2", S, null, null, true)]
    [TestCase("ftp", 631, null, "Integrity protected reply", "RFC 2228, section 5.2", S, null, null, true)]
    public void Definition_MatchesItsSource(
        string protocol, int code, string? variant, string phrase, string source, StatusKind kind, string? vendor, string? header, bool body)
    {
        StatusDefinition definition = StatusCatalog.Default.Get(protocol, code, variant);

        definition.ReasonPhrase.Should().Be(phrase);
        definition.Source.Should().Contain(source);
        definition.Kind.Should().Be(kind);
        definition.Vendor.Should().Be(vendor);
        definition.BodyAllowed.Should().Be(body);
        definition.Description.Should().NotBeNullOrWhiteSpace();
        if (header is not null)
        {
            definition.Headers.Should().ContainKey(header);
        }
    }

    [Test]
    public void EveryDefinition_HasAOneToThreeSentenceDescriptionASourceAndAConsistentVendor()
    {
        foreach (StatusDefinition definition in StatusCatalog.Default.All)
        {
            definition.Source.Should().NotBeNullOrWhiteSpace("{0} needs a source", definition);
            SentenceCount(definition.Description).Should().BeInRange(1, 3, "{0} needs a one-to-three sentence description", definition);
            (definition.Vendor is null || definition.Kind == StatusKind.Vendor).Should().BeTrue("{0} has a vendor, so it is a vendor code", definition);
        }
    }

    // Abbreviations such as "e.g." end no sentence.
    private static int SentenceCount(string text) =>
        SentenceEnd().Count(AbbreviationPattern().Replace(text, "X"));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(e\.g|i\.e|etc|vs)\.")]
    private static partial System.Text.RegularExpressions.Regex AbbreviationPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"[.!?](\s|$)")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();
}
