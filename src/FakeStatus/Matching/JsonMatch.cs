namespace FakeStatus;

/// <summary>
/// Values with a special meaning inside a JSON body pattern given to <see cref="RouteBuilder.ForJsonBody(object)"/> or
/// <see cref="RouteBuilder.ForPartialJsonBody(object)"/>.
/// </summary>
public static class JsonMatch
{
    /// <summary>
    /// The wildcard <c>"{{any}}"</c>: as a value in a pattern it matches any value that is present (<see langword="null"/>
    /// included), e.g. <c>new { id = JsonMatch.Any }</c> or the JSON text <c>{"id": "{{any}}"}</c>. A missing property still fails.
    /// </summary>
    public const string Any = "{{any}}";
}
