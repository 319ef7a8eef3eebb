namespace FakeStatus.Tests.Catalog;

/// <summary>
/// One test per finding of the catalog audit against primary sources: each pins what the source says, so a later edit of
/// the data cannot quietly drift from it again.
/// </summary>
public sealed class SourceAuditTests
{
    private static readonly StatusCatalog Catalog = StatusCatalog.Default;

    [Test]
    public void Smtp530Rfc3207_CarriesEnhancedCode570() =>
        Catalog.Get("smtp", 530, "rfc3207").EnhancedStatusCode.Should().Be("5.7.0", "RFC 3207 section 4: the code SHOULD be 5.7.0");

    [Test]
    public void Smtp551_KeepsTheForwardPathPlaceholderInItsSourceText()
    {
        StatusDefinition definition = Catalog.Get("smtp", 551);

        definition.SourceText.Should().StartWith("User not local; please try <forward-path>");
        definition.ReasonPhrase.Should().Be("User not local").And.NotContain("forward-path");
        definition.PhraseOrigin.Should().Be(PhraseOrigin.Adapted);
    }

    [TestCase(220, "<domain> Service ready", "Service ready")]
    [TestCase(221, "<domain> Service closing transmission channel", "Service closing transmission channel")]
    [TestCase(421, "<domain> Service not available, closing transmission channel", "Service not available, closing transmission channel")]
    [TestCase(251, "User not local; will forward to <forward-path>", "User not local; will forward")]
    public void SmtpPlaceholders_AreKeptInTheSourceTextAndDroppedFromThePhrase(int code, string text, string phrase)
    {
        StatusDefinition definition = Catalog.Get("smtp", code);

        definition.SourceText.Should().StartWith(text);
        definition.ReasonPhrase.Should().Be(phrase);
        definition.PhraseOrigin.Should().Be(PhraseOrigin.Adapted);
    }

    [TestCase(120, "Service ready in nnn minutes.", "Service ready in a few minutes")]
    [TestCase(215, "NAME system type.", "System type")]
    [TestCase(257, "\"PATHNAME\" created.", "Pathname created")]
    [TestCase(227, "Entering Passive Mode (h1,h2,h3,h4,p1,p2).", "Entering Passive Mode")]
    [TestCase(336, "Username okay, need password.  Challenge is \"....\"", "Username okay, need password")]
    public void FtpPlaceholders_AreKeptInTheSourceTextAndDroppedFromThePhrase(int code, string text, string phrase)
    {
        StatusDefinition definition = Catalog.Get("ftp", code);

        definition.SourceText.Should().StartWith(text);
        definition.ReasonPhrase.Should().Be(phrase);
        definition.PhraseOrigin.Should().Be(PhraseOrigin.Adapted);
    }

    [TestCase(235)]
    [TestCase(334)]
    [TestCase(335)]
    public void FtpAdatReplies_HaveOnlyAPlaceholderAsTextSoThePhraseIsFakeStatuss(int code)
    {
        StatusDefinition definition = Catalog.Get("ftp", code);

        definition.SourceText.Should().Be("[ADAT=base64data]");
        definition.PhraseOrigin.Should().Be(PhraseOrigin.FakeStatus);
        definition.Description.Should().Contain("[ADAT=base64data]");
    }

    [Test]
    public void Ftp234_IsTheReplyToAuthOnly() =>
        Catalog.Get("ftp", 234).Description.Should().Contain("AUTH").And.Contain("235").And.NotContain("AUTH or ADAT");

    [Test]
    public void FtpRfc959And2228Texts_EndWithTheirPeriod()
    {
        IEnumerable<StatusDefinition> texts = Catalog.ForProtocol("ftp")
            .Where(d => d.Source.StartsWith("RFC 959", StringComparison.Ordinal) || d.Source.StartsWith("RFC 2228", StringComparison.Ordinal))
            .Where(d => d.Code is not (235 or 334 or 335 or 336));

        texts.Should().NotBeEmpty().And.OnlyContain(d => d.SourceText != null && d.SourceText.EndsWith('.'));
        texts.Should().OnlyContain(d => !d.ReasonPhrase.EndsWith('.'), "a phrase drops the final period");
    }

    [Test]
    public void Http510_IsObsoleteWithIanasMarkerInTheSourceText()
    {
        StatusDefinition definition = Catalog.Get("http", 510);

        definition.Kind.Should().Be(StatusKind.Obsolete);
        definition.SourceText.Should().Be("Not Extended (OBSOLETED)");
        definition.ReasonPhrase.Should().Be("Not Extended");
    }

    [Test]
    public void Http449_IsMsWdvsRetryWithAndCarriesMsEchoRequest()
    {
        StatusDefinition definition = Catalog.Get("http", 449);

        definition.Source.Should().Contain("MS-WDV").And.Contain("2.2.6").And.NotContain("MS-ASHTTP");
        definition.SourceUrl.Should().Contain("ms-wdv");
        definition.Vendor.Should().Be("microsoft");
        definition.Headers.Should().ContainKey("Ms-Echo-Request");
        definition.SourceText.Should().Be("Reply With", "the grammar and example of [MS-WDV] 2.2.6 send 'Reply With'");
    }

    [TestCase(460)]
    [TestCase(463)]
    public void AwsElbCodes_HaveNoPhraseFromAws(int code)
    {
        StatusDefinition definition = Catalog.Get("http", code);

        definition.SourceText.Should().BeNull();
        definition.PhraseOrigin.Should().Be(PhraseOrigin.FakeStatus);
        definition.IsVerified.Should().BeTrue();
    }

    [Test]
    public void Nginx444_ClosesTheConnectionAndIsNotCitedToMacroNames()
    {
        StatusDefinition definition = Catalog.Get("http", 444);

        definition.ClientReceives.Should().Be(ClientReceives.ConnectionClosed);
        definition.SourceText.Should().BeNull();
        definition.PhraseOrigin.Should().Be(PhraseOrigin.FakeStatus);
        definition.Source.Should().NotContain("ngx_http_request.h");
    }

    [Test]
    public void Nginx499_IsOnlyLogged()
    {
        StatusDefinition definition = Catalog.Get("http", 499);

        definition.ClientReceives.Should().Be(ClientReceives.LoggedOnly);
        definition.Substitute.Should().BeNull();
        definition.PhraseOrigin.Should().Be(PhraseOrigin.FakeStatus);
    }

    [TestCase(494, "Request Header Or Cookie Too Large")]
    [TestCase(495, "The SSL certificate error")]
    [TestCase(496, "No required SSL certificate was sent")]
    [TestCase(497, "The plain HTTP request was sent to HTTPS port")]
    public void Nginx494To497_ArriveAs400WithNginxsPageText(int code, string text)
    {
        StatusDefinition definition = Catalog.Get("http", code);

        definition.ReasonPhrase.Should().Be(text);
        definition.SourceText.Should().Be(text);
        definition.Source.Should().Contain("ngx_http_special_response.c");
        definition.ClientReceives.Should().Be(ClientReceives.SubstituteStatus);
        definition.Substitute.Should().Be(new SubstituteResponse(400, "Bad Request", "text/html",
            $"<html>\r\n<head><title>400 {text}</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n" +
            $"<center>{text}</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));
    }

    [TestCase(520, "Web server returns an unknown error", "Error 520: web server returns an unknown error")]
    [TestCase(521, "Web server is down", "Error 521: web server is down")]
    [TestCase(522, "Connection timed out", "Error 522: connection timed out")]
    [TestCase(523, "Origin is unreachable", "Error 523: origin is unreachable")]
    [TestCase(524, "A timeout occurred", "Error 524: a timeout occurred")]
    [TestCase(525, "SSL handshake failed", "Error 525: SSL handshake failed")]
    [TestCase(526, "Invalid SSL certificate", "Error 526: invalid SSL certificate")]
    public void Cloudflare520To526_UseCloudflaresSentenceCase(int code, string phrase, string heading)
    {
        StatusDefinition definition = Catalog.Get("http", code);

        definition.ReasonPhrase.Should().Be(phrase);
        definition.SourceText.Should().Be(heading, "Cloudflare's page for {0} is headed so", code);
    }

    [Test]
    public void Cloudflare530_HasNoPhraseOfItsOwn()
    {
        StatusDefinition definition = Catalog.Get("http", 530);

        definition.SourceText.Should().BeNull();
        definition.PhraseOrigin.Should().Be(PhraseOrigin.FakeStatus);
        definition.ReasonPhrase.Should().Be("Origin DNS error");
        definition.Description.Should().Contain("1016");
    }

    [TestCase(498, "Invalid Token")]
    [TestCase(499, "Token Required")]
    public void Esri498And499_ArriveAsJsonUnder200AndAreUnverified(int code, string message)
    {
        StatusDefinition definition = Catalog.Get("http", code, "esri");

        definition.IsVerified.Should().BeFalse("no Esri page confirms them");
        definition.ClientReceives.Should().Be(ClientReceives.SubstituteStatus);
        definition.Substitute!.StatusCode.Should().Be(200);
        definition.Substitute.ContentType.Should().Be("application/json");
        definition.Substitute.Body.Should().Be($"{{\"error\":{{\"code\":{code},\"message\":\"{message}\",\"details\":[]}}}}");
    }

    [TestCase("http", 440, null)]
    [TestCase("http", 218, null)]
    [TestCase("http", 509, null)]
    [TestCase("http", 530, "pantheon")]
    [TestCase("http", 527, null)]
    [TestCase("http", 430, null)]
    [TestCase("http", 783, null)]
    [TestCase("http", 464, null)]
    [TestCase("smtp", 521, null)]
    [TestCase("smtp", 556, null)]
    public void DefinitionsNoPrimarySourceConfirms_AreMarkedUnverified(string protocol, int code, string? variant)
    {
        StatusDefinition definition = Catalog.Get(protocol, code, variant);

        definition.IsVerified.Should().BeFalse();
        definition.SourceText.Should().BeNull();
    }

    [Test]
    public void Smtp556_SaysItsEnhancedCodeComesFromRfc7505() =>
        Catalog.Get("smtp", 556).Source.Should().Contain("RFC 7505");
}
