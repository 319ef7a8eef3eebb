using System.Collections.Generic;

namespace FakeStatus.Tool.Site.Model;

/// <summary>One class of a protocol, e.g. SMTP 5xx.</summary>
/// <param name="Heading">The class, e.g. <c>5xx</c>.</param>
/// <param name="Items">Its entries by code.</param>
public sealed record IndexClass(string Heading, IReadOnlyList<IndexItem> Items);
