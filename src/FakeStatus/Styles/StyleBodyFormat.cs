namespace FakeStatus;

/// <summary>What a style's body is, from its declared content type: how placeholder values are escaped and how the body is checked.</summary>
internal enum StyleBodyFormat
{
    Text = 0,
    Json = 1,
    Xml = 2,
}
