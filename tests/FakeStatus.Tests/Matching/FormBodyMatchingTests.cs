namespace FakeStatus.Tests.Matching;

public sealed class FormBodyMatchingTests
{
    [TestCase("grant_type=password&username=ada", 201, TestName = "ForFormField_FieldPresentWithValue_Matches")]
    [TestCase("username=ada&scope=read&grant_type=password", 201, TestName = "ForFormField_OtherFieldsAndOrder_Matches")]
    [TestCase("grant_type=client_credentials&username=ada", 404, TestName = "ForFormField_OtherValue_DoesNotMatch")]
    [TestCase("username=ada", 404, TestName = "ForFormField_FieldMissing_DoesNotMatch")]
    public async Task ForFormField_Subset_MatchesForms(string body, int expected)
    {
        using var handler = JsonBodyMatchingTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForFormField("grant_type", "password").ForFormField("username").Respond(201);

        (await JsonBodyMatchingTests.StatusOf(handler, body, "application/x-www-form-urlencoded")).Should().Be(expected);
    }

    [TestCase("note=two+words", "two words", TestName = "ForFormBody_PlusIsASpace")]
    [TestCase("note=two%20words", "two words", TestName = "ForFormBody_PercentTwentyIsASpace")]
    [TestCase("n%6Fte=two%20w%C3%B6rds", "two wörds", TestName = "ForFormBody_NamesAndUtf8ValuesAreDecoded")]
    public async Task ForFormBody_EncodedFields_AreDecodedBeforeComparing(string body, string expected)
    {
        using var handler = JsonBodyMatchingTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForFormBody([new KeyValuePair<string, string>("note", expected)]).Respond(201);

        (await JsonBodyMatchingTests.StatusOf(handler, body, "application/x-www-form-urlencoded")).Should().Be(201);
    }

    [Test]
    public async Task ForFormField_FormUrlEncodedContent_Matches()
    {
        using var handler = JsonBodyMatchingTests.Handler();
        handler.When(HttpMethod.Post, "/token").ForFormField("user", "a b&c").Respond(201);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("user", "a b&c")]);

        using HttpResponseMessage response = await client.PostAsync("/token", content);

        ((int)response.StatusCode).Should().Be(201);
    }

    [Test]
    public async Task ForFormField_BodyNotAForm_DoesNotMatch()
    {
        using var handler = JsonBodyMatchingTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForFormField("a", "1").Respond(201);

        (await JsonBodyMatchingTests.StatusOf(handler, "a=1", "text/plain")).Should().Be(404);
    }

    [Test]
    public void ForFormField_EmptyName_Throws()
    {
        using var handler = JsonBodyMatchingTests.Handler();

        FluentActions.Invoking(() => handler.When("/pay").ForFormField(string.Empty)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "name");
    }

    [Test]
    public void ForFormBody_NullValue_ThrowsNamingTheField()
    {
        using var handler = JsonBodyMatchingTests.Handler();

        FluentActions.Invoking(() => handler.When("/pay").ForFormBody([new KeyValuePair<string, string>("user", null!)]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "fields").WithMessage("Form field 'user' needs*");
    }
}
