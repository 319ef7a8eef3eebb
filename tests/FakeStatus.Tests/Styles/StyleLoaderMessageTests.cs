namespace FakeStatus.Tests.Styles;

/// <summary>The exact words a style author reads when a style file is wrong: the field's JSON path, then what is valid.</summary>
public sealed class StyleLoaderMessageTests
{
    [Test]
    public void Parse_UnknownTopLevelField_ListsTheFieldsOfAStyle()
    {
        ErrorStyleFormatException error = Load(Style(extra: "\"colour\": \"red\""));

        (error.Location, error.LineNumber).Should().Be(("$.colour", 1L));
        error.Problem.Should().Be("unknown field; the fields of a style are name, description, source, sourceUrl, contentType, body, requestId, headers, fields, statuses, codes.");
    }

    [TestCase("Acme", TestName = "Parse_NameWithCapitals_SaysWhatANameIs")]
    [TestCase("", TestName = "Parse_EmptyName_SaysWhatANameIs")]
    [TestCase("a_b", TestName = "Parse_NameWithUnderscore_SaysWhatANameIs")]
    public void Parse_BadName_SaysWhatANameIs(string name) =>
        Load("{\"name\": \"" + name + "\", \"contentType\": \"text/plain\", \"body\": \"x\"}").Message.Should().Be(
            $"bad.json at $.name: '{name}' is not a valid name: use lower-case ASCII letters, digits and '-', e.g. 'acme-api'.");

    // The characters just outside each accepted range, and the ends of the ranges.
    [TestCase("a`", false)]
    [TestCase("a{", false)]
    [TestCase("a/", false)]
    [TestCase("a:", false)]
    [TestCase("az-09", true)]
    public void Parse_NameCharacters_AreLowerCaseLettersDigitsAndDash(string name, bool valid)
    {
        Action load = () => ErrorStyle.Parse("{\"name\": \"" + name + "\", \"contentType\": \"text/plain\", \"body\": \"x\"}", "bad.json");

        if (valid)
        {
            load.Should().NotThrow();
        }
        else
        {
            load.Should().Throw<ErrorStyleFormatException>().Which.Location.Should().Be("$.name");
        }
    }

    [TestCase("{\"name\": \"a\", \"body\": \"x\"}", "$.contentType", TestName = "Parse_NoContentType_SaysItIsRequired")]
    [TestCase("{\"name\": \"a\", \"contentType\": null, \"body\": \"x\"}", "$.contentType", TestName = "Parse_NullContentType_SaysItIsRequired")]
    [TestCase("{\"contentType\": \"text/plain\", \"body\": \"x\"}", "$.name", TestName = "Parse_NoName_SaysItIsRequired")]
    public void Parse_MissingRequiredField_SaysItIsRequired(string json, string field) =>
        Load(json).Message.Should().Be($"bad.json at {field}: is required.");

    [Test]
    public void Parse_FieldNamedLikeABuiltIn_ListsTheBuiltInNames() =>
        Load(Style(fields: "{\"status\": \"x\", \"code\": \"E\"}")).Message.Should().Be(
            "bad.json at $.fields.status: 'status' cannot name a field: use ASCII letters and digits starting with a letter, " +
            "and none of status, reasonPhrase, reasonPascal, reasonSnake, errorClass, requestId, method, path, date, dateIso, uniqueId, headers, body, contentType.");

    [Test]
    public void Parse_UnknownStatusField_ListsTheStylesFields() =>
        Load(Style(fields: "{\"code\": \"E\", \"hint\": null}", extra: "\"statuses\": {\"503\": {\"cod\": \"x\"}}")).Message.Should().Be(
            "bad.json at $.statuses.503.cod: unknown field 'cod'; declare it in $.fields first (the style's fields are: code, hint), or use 'headers', 'body' or 'contentType'.");

    [Test]
    public void Parse_StatusFieldOnAStyleWithoutFields_SaysItHasNone() =>
        Load("{\"name\": \"bad\", \"contentType\": \"text/plain\", \"body\": \"x\", \"statuses\": {\"503\": {\"code\": \"x\"}}}").Message.Should().Contain(
            "(the style's fields are: none)");

    [Test]
    public void Parse_UnclosedPlaceholder_SaysWhereItOpened() =>
        Load(Style(body: "ab{{code")).Message.Should().Be(
            "bad.json at $.body: malformed template: the placeholder opened at position 2 is never closed with '}}'.");

    [Test]
    public void Parse_PlaceholderThatIsNotAName_SaysWhatANameIs() =>
        Load(Style(body: "{{1code}}")).Message.Should().Be(
            "bad.json at $.body: malformed template: '{{1code}}' is not a placeholder: a name is ASCII letters and digits starting with a letter (e.g. {{code}}), header.NAME (e.g. {{header.client-request-id}}) or route.NAME (e.g. {{route.id}}).");

    [Test]
    public void Parse_PlaceholderWithAnotherFormat_SaysTheFormats() =>
        Load(Style(body: "{{code:xml}}")).Message.Should().Be(
            "bad.json at $.body: malformed template: '{{code:xml}}' has the format 'xml'; the formats are ':json' (a JSON string, or null when the value is missing) and ':number' (a JSON number, or null when the value is missing).");

    [Test]
    public void Parse_UnknownPlaceholder_ListsThePlaceholdersAllowedThere() =>
        Load(Style(body: "{{colour}}")).Message.Should().Be(
            "bad.json at $.body: unknown placeholder {{colour}}; the placeholders here are: " +
            "{{status}}, {{reasonPhrase}}, {{reasonPascal}}, {{reasonSnake}}, {{errorClass}}, {{requestId}}, {{method}}, {{path}}, {{date}}, {{dateIso}}, {{uniqueId}}, {{code}}, {{header.NAME}} and {{route.NAME}}.");

    [Test]
    public void Parse_HeaderGivenTwiceInOtherCase_NamesTheSecond() =>
        Load(Style(extra: "\"headers\": {\"X-A\": \"1\", \"x-a\": \"2\"}")).Message.Should().Be(
            "bad.json at $.headers.x-a: is given twice (header names are case-insensitive).");

    [Test]
    public void Parse_HeaderThatRendersALineBreak_NamesTheHeaderAndTheStatus() =>
        Load(Style(fields: "{\"code\": \"a\\nb\"}", extra: "\"headers\": {\"X-Code\": \"{{code}}\"}")).Message.Should().Be(
            "bad.json at $.headers.X-Code: renders with CR or LF for status 400, which would inject a header.");

    [TestCase("503", "503", TestName = "Parse_StatusHeaderWithALineBreak_NamesThatStatus")]
    [TestCase("6xx", "600", TestName = "Parse_ClassHeaderWithALineBreak_NamesTheClassesFirstStatus")]
    public void Parse_StatusRuleHeaderWithALineBreak_IsCaughtWhenLoaded(string key, string status) =>
        Load(Style(extra: "\"statuses\": {\"" + key + "\": {\"headers\": {\"X-A\": \"a\\r\\nb\"}}}")).Message.Should().Be(
            $"bad.json at $.headers.X-A: renders with CR or LF for status {status}, which would inject a header.");

    [TestCase("400", true)]
    [TestCase("999", true)]
    [TestCase("4xx", true)]
    [TestCase("9xx", true)]
    [TestCase("202", true)]
    [TestCase("200", true)]
    [TestCase("199", false)]
    [TestCase("3xx", false)]
    [TestCase("40x", false)]
    [TestCase("4x0", false)]
    [TestCase("4/0", false)]
    [TestCase("4:0", false)]
    [TestCase("40/", false)]
    [TestCase("40:", false)]
    [TestCase("4000", false)]
    [TestCase("40", false)]
    public void Parse_StatusKey_IsACodeFrom200Or4xxTo9xx(string key, bool valid)
    {
        Action load = () => ErrorStyle.Parse(Style(extra: "\"statuses\": {\"" + key + "\": {}}"), "bad.json");

        if (valid)
        {
            load.Should().NotThrow();
        }
        else
        {
            // A key with a '/' is written as the JSON reader writes it in a path.
            string at = key.Contains('/', StringComparison.Ordinal) ? $"$.statuses['{key}']" : $"$.statuses.{key}";
            load.Should().Throw<ErrorStyleFormatException>().Which.Message.Should().Be(
                $"bad.json at {at}: '{key}' is not a status key: use a code from 200 to 999 (\"503\", \"202\") or a class from 4xx to 9xx (\"5xx\").");
        }
    }

    [TestCase("\"\"", "$.codes.", TestName = "Parse_EmptyVendorCode_SaysWhatACodeIs")]
    [TestCase("\"A\\nB\"", "$.codes['A\nB']", TestName = "Parse_VendorCodeWithALineBreak_SaysWhatACodeIs")]
    [TestCase("\"A\\u0007B\"", "$.codes.A\u0007B", TestName = "Parse_VendorCodeWithAControlCharacter_SaysWhatACodeIs")]
    public void Parse_BadVendorCode_SaysWhatACodeIs(string key, string location)
    {
        ErrorStyleFormatException error = Load(Style(extra: "\"codes\": {\"Fine\": {}, " + key + ": {}}"));

        (error.Location, error.Problem).Should().Be((location, "a vendor code is a non-empty text without control characters, e.g. \"QueueDoesNotExist\"."));
    }

    [TestCase("\"statuses\": {\"503\": null}", "$.statuses.503", TestName = "Parse_NullStatusRule_SaysAnObjectIsExpected")]
    [TestCase("\"codes\": {\"Locked\": null}", "$.codes.Locked", TestName = "Parse_NullCodeRule_SaysAnObjectIsExpected")]
    public void Parse_NullRule_SaysAnObjectIsExpected(string extra, string location) =>
        Load(Style(extra: extra)).Message.Should().Be($"bad.json at {location}: expected an object, found null.");

    [TestCase("\"headers\": {\"Content-Type\": \"text/html\"}", "$.headers.Content-Type", TestName = "Parse_ContentTypeHeader_SaysToUseContentType")]
    [TestCase("\"headers\": {\"X-A\": \"1\", \"content-length\": \"1\"}", "$.headers.content-length", TestName = "Parse_ContentLengthHeader_SaysItIsSetFromTheBody")]
    [TestCase("\"statuses\": {\"503\": {\"headers\": {\"CONTENT-TYPE\": \"text/html\"}}}", "$.statuses.503.headers.CONTENT-TYPE", TestName = "Parse_StatusContentTypeHeader_SaysToUseContentType")]
    public void Parse_BodyHeader_SaysItIsSetFromTheBody(string extra, string location) =>
        Load(Style(extra: extra)).Message.Should().Be(
            $"bad.json at {location}: is set from the body: use contentType (for the style, or for one status) instead.");

    [Test]
    public void Parse_BodyOfAVendorCode_SaysACodeHasOnlyHeadersAndFields() =>
        Load(Style(extra: "\"codes\": {\"Locked\": {\"body\": \"x\"}}")).Message.Should().Be(
            "bad.json at $.codes.Locked.body: unknown field 'body'; declare it in $.fields first (the style's fields are: code), or use 'headers'.");

    [Test]
    public void Parse_JsonNull_SaysWhatAStyleIs() =>
        Load("null").Message.Should().Be("bad.json at $: a style is a JSON object with at least name, contentType and body.");

    [TestCase("{\"body\": \"{{colour}}\"}", "$.statuses.503.body", "unknown placeholder", TestName = "Parse_StatusBodyWithAnUnknownPlaceholder_NamesTheStatusBody")]
    [TestCase("{\"contentType\": \"not a type\"}", "$.statuses.503.contentType", "'not a type' is not a content type", TestName = "Parse_StatusContentTypeNotAType_NamesTheStatusContentType")]
    [TestCase("{\"code\": 5}", "$.statuses.503.code", "expected a string, found a number.", TestName = "Parse_StatusFieldNumber_NamesBothKinds")]
    [TestCase("{\"code\": true}", "$.statuses.503.code", "expected a string, found a boolean.", TestName = "Parse_StatusFieldBoolean_NamesBothKinds")]
    [TestCase("{\"code\": {}}", "$.statuses.503.code", "expected a string, found an object.", TestName = "Parse_StatusFieldObject_NamesBothKinds")]
    [TestCase("{\"code\": []}", "$.statuses.503.code", "expected a string, found an array.", TestName = "Parse_StatusFieldArray_NamesBothKinds")]
    [TestCase("{\"code\": \"\\uD83D\"}", "$.statuses.503.code", "the text is not valid UTF-16: it has a lone surrogate escape such as \\uD83D.", TestName = "Parse_StatusFieldLoneSurrogate_SaysTheTextIsNotValid")]
    public void Parse_BadStatusRulePart_NamesItsPath(string rule, string location, string problem)
    {
        ErrorStyleFormatException error = Load(Style(extra: "\"statuses\": {\"503\": " + rule + "}"));

        error.Location.Should().Be(location);
        error.Problem.Should().StartWith(problem);
    }

    [TestCase("", "$.fields.", TestName = "Parse_EmptyFieldName_SaysWhatAFieldNameIs")]
    [TestCase("1a", "$.fields.1a", TestName = "Parse_FieldNameStartingWithADigit_SaysWhatAFieldNameIs")]
    public void Parse_BadFieldName_SaysWhatAFieldNameIs(string name, string location) =>
        Load(Style(fields: "{\"" + name + "\": \"x\"}")).Message.Should().StartWith($"bad.json at {location}: '{name}' cannot name a field: use ASCII letters and digits starting with a letter");

    [TestCase("A")]
    [TestCase("Z9")]
    [TestCase("a")]
    [TestCase("zA0")]
    public void Parse_FieldNameStartingWithAnyLetter_IsAField(string name) =>
        ErrorStyle.Parse(Style(fields: "{\"" + name + "\": \"x\"}"), "ok.json").Fields.Should().Equal(name);

    [Test]
    public void Get_UnknownStyle_ListsEveryBuiltInStyleAndHowToLoadYourOwn() =>
        FluentActions.Invoking(() => ErrorStyle.Get("acme")).Should().Throw<ArgumentException>().WithMessage(
            "There is no built-in error style 'acme'; the styles are: azure-rest, azure-storage, azure-tables, aws-s3, aws-json, aws-sqs, google, openai, stripe, github, problem-details, twilio, anthropic, graph. " +
            "Load your own with ErrorStyle.Load.*");

    private static string Style(string body = "x", string? extra = null, string fields = "{\"code\": \"E{{status}}\"}") =>
        "{\"name\": \"bad\", \"contentType\": \"text/plain\", \"body\": \"" + body + "\", \"fields\": " + fields
        + (extra is null ? string.Empty : ", " + extra) + "}";

    private static ErrorStyleFormatException Load(string json) =>
        FluentActions.Invoking(() => ErrorStyle.Parse(json, "bad.json")).Should().Throw<ErrorStyleFormatException>().Which;
}
