using System;
using System.Collections.Generic;
using System.Linq;

namespace FakeStatus;

/// <summary>
/// Ready-made slices of <see cref="StatusCatalog.Default"/> for data-driven tests: one line drives a test with, say,
/// every HTTP server error or every Cloudflare code.
/// </summary>
/// <remarks>
/// Every member returns each meaning of a code (HTTP 530 appears once for Cloudflare and once for Pantheon), ordered by
/// protocol and code with the default meaning first. <see cref="StatusDefinition.ToString"/> names the meaning, so each case
/// gets a distinct test name.
/// <para>
/// Some cases carry a realistic wait: 429 and 503 send <c>Retry-After: 120</c>. A client that honours it on the real clock
/// waits two minutes per retry, so a theory over <see cref="HttpClientErrors"/> or <see cref="HttpServerErrors"/> can seem
/// to hang. Give the client a fake clock wrapped in a <see cref="DrivenTimeProvider"/> and run each call with
/// <see cref="DrivenTimeProvider.RunUntilCompleteAsync{T}(System.Func{System.Threading.Tasks.Task{T}}, System.Threading.CancellationToken)"/>:
/// the clock jumps to each wait, so the retries take their full fake time and no real time.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// [TestCaseSource(typeof(StatusCases), nameof(StatusCases.HttpServerErrors))]
/// public async Task Retries_ServerErrors(StatusDefinition status) { ... }
///
/// [TestCaseSource(typeof(StatusCases), nameof(StatusCases.ForVendor), new object[] { "cloudflare" })]
/// public async Task Handles_CloudflareCodes(StatusDefinition status) { ... }
///
/// // xUnit
/// [Theory, MemberData(nameof(StatusCases.Rows), nameof(StatusCases.HttpServerErrors), MemberType = typeof(StatusCases))]
/// public async Task Retries_ServerErrors(StatusDefinition status) { ... }
/// </code>
/// </example>
public static class StatusCases
{
    /// <summary>Every HTTP 1xx definition (100 Continue ... 103 Early Hints).</summary>
    public static IEnumerable<StatusDefinition> HttpInformational => HttpClass(1);

    /// <summary>Every HTTP 2xx definition, standard and vendor (200 OK ... 226 IM Used, Apache 218).</summary>
    public static IEnumerable<StatusDefinition> HttpSuccess => HttpClass(2);

    /// <summary>Every HTTP 3xx definition, including deprecated 305 and unused 306.</summary>
    public static IEnumerable<StatusDefinition> HttpRedirections => HttpClass(3);

    /// <summary>Every HTTP 4xx definition, standard and vendor (nginx 499, Laravel 419...).</summary>
    public static IEnumerable<StatusDefinition> HttpClientErrors => HttpClass(4);

    /// <summary>Every HTTP 5xx definition, standard and vendor (Cloudflare 520-530, 598/599...).</summary>
    public static IEnumerable<StatusDefinition> HttpServerErrors => HttpClass(5);

    /// <summary>
    /// The HTTP codes of the IANA HTTP Status Code Registry only: standard, deprecated (305), obsolete (510) and unused (306, 418),
    /// without vendor or unofficial codes.
    /// </summary>
    public static IEnumerable<StatusDefinition> HttpStandard =>
        Http.Where(d => d.Vendor is null && d.Kind is StatusKind.Standard or StatusKind.Deprecated or StatusKind.Obsolete or StatusKind.Unused).ToArray();

    /// <summary>Every vendor-specific HTTP definition (Cloudflare, nginx, IIS, AWS ELB, ...).</summary>
    public static IEnumerable<StatusDefinition> HttpVendor => Http.Where(d => d.Vendor is not null).ToArray();

    /// <summary>Every Cloudflare code: 520-527 and 530.</summary>
    public static IEnumerable<StatusDefinition> Cloudflare => ForVendor("cloudflare");

    /// <summary>Every SMTP transient negative completion reply (4yz), e.g. 421, 450, 454.</summary>
    public static IEnumerable<StatusDefinition> SmtpTransientFailures => OfClass("smtp", 4);

    /// <summary>Every SMTP permanent negative completion reply (5yz), e.g. 530 Authentication Required, 550.</summary>
    public static IEnumerable<StatusDefinition> SmtpPermanentFailures => OfClass("smtp", 5);

    /// <summary>Every SMTP positive reply (2yz and 3yz), e.g. 235, 250, 354.</summary>
    public static IEnumerable<StatusDefinition> SmtpPositive => Of("smtp").Where(d => d.Class is 2 or 3).ToArray();

    /// <summary>Every FTP negative reply (4yz and 5yz), e.g. 425, 530 Not logged in, 550.</summary>
    public static IEnumerable<StatusDefinition> FtpErrors => Of("ftp").Where(d => d.Class is 4 or 5).ToArray();

    /// <summary>Every FTP transient negative completion reply (4yz).</summary>
    public static IEnumerable<StatusDefinition> FtpTransientFailures => OfClass("ftp", 4);

    /// <summary>Every FTP permanent negative completion reply (5yz).</summary>
    public static IEnumerable<StatusDefinition> FtpPermanentFailures => OfClass("ftp", 5);

    private static IReadOnlyList<StatusDefinition> Http => Of(StatusCatalog.Http);

    /// <summary>Every definition of <paramref name="protocol"/> (<c>http</c>, <c>smtp</c>, <c>ftp</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    /// <exception cref="ArgumentException">The built-in catalog has no such protocol; the message lists those it has.</exception>
    public static IEnumerable<StatusDefinition> ForProtocol(string protocol) => Of(protocol);

    /// <summary>Every definition made by <paramref name="vendor"/> (case-insensitive), e.g. <c>cloudflare</c>, <c>nginx</c>, <c>aws-elb</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="vendor"/> is null.</exception>
    /// <exception cref="ArgumentException">No definition names that vendor; the message lists the known vendors.</exception>
    public static IEnumerable<StatusDefinition> ForVendor(string vendor)
    {
        IReadOnlyList<StatusDefinition> found = StatusCatalog.Default.ForVendor(vendor);
        if (found.Count == 0)
        {
            // An empty source would make the test runner report "no test cases" far from the typo; fail here instead.
            throw new ArgumentException(
                $"The built-in catalog has no vendor '{vendor}'; its vendors are: {string.Join(", ", StatusCatalog.Default.Vendors)}.", nameof(vendor));
        }

        return found;
    }

    /// <summary>
    /// The slice named <paramref name="member"/> (the name of one of this class's properties, e.g. <c>HttpServerErrors</c>)
    /// as one-item rows, the shape xUnit's <c>[MemberData]</c> expects.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="member"/> names no property of this class; the message lists them.</exception>
    public static IEnumerable<object[]> Rows(string member) => ToRows(StatusCaseSets.Find(member));

    /// <summary><see cref="ForVendor"/> as one-item rows, the shape xUnit's <c>[MemberData]</c> expects.</summary>
    /// <exception cref="ArgumentException">No definition names that vendor.</exception>
    public static IEnumerable<object[]> VendorRows(string vendor) => ToRows(ForVendor(vendor));

    private static StatusDefinition[] HttpClass(int codeClass) => OfClass(StatusCatalog.Http, codeClass);

    private static StatusDefinition[] OfClass(string protocol, int codeClass) => Of(protocol).Where(d => d.Class == codeClass).ToArray();

    private static IReadOnlyList<StatusDefinition> Of(string protocol) => StatusCatalog.Default.ForProtocol(protocol);

    private static object[][] ToRows(IEnumerable<StatusDefinition> definitions) => definitions.Select(d => new object[] { d }).ToArray();
}
