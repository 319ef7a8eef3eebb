namespace FakeStatus.OpenApi.Tests;

public sealed class SchemaSampleTests
{
    private const string Head = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n";

    [TestCase("                $ref: '#/components/schemas/Node'\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n        name: {type: string}\n        children: {type: array, items: {$ref: '#/components/schemas/Node'}}\n",
        "{\"name\":\"string\",\"children\":[]}",
        TestName = "Send_RecursiveSchema_IsCutWhereItRecurs")]
    [TestCase("                allOf:\n                  - {type: object, properties: {id: {type: integer, minimum: 7}}}\n                  - {type: object, properties: {ok: {type: boolean}}}\n",
        "{\"id\":7,\"ok\":true}", TestName = "Send_AllOfSchema_MergesTheParts")]
    [TestCase("                oneOf:\n                  - {type: string, format: uuid}\n                  - {type: integer}\n",
        "\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"", TestName = "Send_OneOfSchema_UsesTheFirst")]
    [TestCase("                type: [\"null\", integer]\n                exclusiveMinimum: 4\n",
        "5", TestName = "Send_TypeListWithNull_UsesTheNonNullType")]
    [TestCase("                type: string\n                const: fixed\n",
        "\"fixed\"", TestName = "Send_ConstSchema_UsesTheConst")]
    [TestCase("                type: string\n                minLength: 10\n",
        "\"stringxxxx\"", TestName = "Send_MinLength_PadsTheString")]
    public async Task Send_GeneratedSchema_AnswersTheExpectedSample(string schema, string expected)
    {
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApiText(Head + schema, "schema.yaml");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        string body = await client.GetStringAsync(new Uri("/x", UriKind.Relative));

        body.Should().Be(expected);
    }
}
