namespace FakeStatus.OpenApi.Tests;

/// <summary>
/// Shapes that published documents use although a strict reading refuses them (both found in OpenAI's own document): an
/// import reads them and answers like the API, and says what it left out.
/// </summary>
public sealed class PublishedDocumentShapeTests
{
    private const string OptionalDiscriminator = """
        openapi: 3.1.0
        info: {title: Tools, version: '1'}
        paths:
          /calls/{id}:
            get:
              operationId: getCall
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: a call
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          outputs:
                            anyOf:
                              - type: array
                                items:
                                  oneOf:
                                    - $ref: '#/components/schemas/Logs'
                                    - $ref: '#/components/schemas/Image'
                                  discriminator: {propertyName: type}
                                discriminator: {propertyName: type}
                              - type: 'null'
        components:
          schemas:
            Logs:
              type: object
              properties:
                type: {type: string, const: logs}
                logs: {type: string}
            Image:
              type: object
              properties:
                type: {type: string, const: image}
                url: {type: string}
        """;

    private const string QueryInAPath = """
        openapi: 3.1.0
        info: {title: Responses, version: '1'}
        paths:
          /responses:
            post:
              operationId: createResponse
              responses:
                '200':
                  description: created
                  content:
                    application/json:
                      example: {id: resp_1, beta: false}
          /responses?beta=true:
            post:
              operationId: createResponseBeta
              responses:
                '200':
                  description: created
                  content:
                    application/json:
                      example: {id: resp_1, beta: true}
        """;

    [Test]
    public async Task ImportOpenApiText_DiscriminatorWhosePropertyIsNotRequired_ImportsAndAnswers()
    {
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApiText(OptionalDiscriminator, "tools.yaml");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.tools.test"));

        using HttpResponseMessage response = await client.GetAsync(new Uri("/calls/c1", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"outputs\":[{\"type\":\"logs\",\"logs\":\"string\"}]}");
    }

    [Test]
    public async Task ImportOpenApiText_PathWithAQuery_ImportsThePlainPathAndNotesTheOther()
    {
        using var handler = new FakeStatusHandler();
        OpenApiImport import = handler.ImportOpenApiText(QueryInAPath, "responses.yaml");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.responses.test"));

        using HttpResponseMessage response = await client.PostAsync(new Uri("/responses?beta=true", UriKind.Relative), null);

        import.Operations.Select(o => o.OperationId).Should().Equal("createResponse");
        import.Notes.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Location = "#/paths/~1responses?beta=true",
            Message = "the path '/responses?beta=true' holds a query, which an OpenAPI path cannot; its operations are not imported (a request to '/responses' is answered by that path's own operations, if the document has them).",
            IsUnsupported = true,
        });
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"id\":\"resp_1\",\"beta\":false}");
    }

    [Test]
    public void ImportOpenApiText_PathWithAQueryAndFailOnUnsupported_ThrowsNamingThePathAndRegistersNothing()
    {
        using var handler = new FakeStatusHandler();

        Action import = () => handler.ImportOpenApiText(QueryInAPath, "responses.yaml", new OpenApiImportOptions { FailOnUnsupported = true });

        import.Should().Throw<OpenApiImportException>().Which.Location.Should().Be("#/paths/~1responses?beta=true");
        handler.Routes.Should().BeEmpty();
    }
}
