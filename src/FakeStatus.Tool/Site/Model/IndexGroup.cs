using System.Collections.Generic;

namespace FakeStatus.Tool.Site.Model;

/// <summary>One protocol of the index, e.g. SMTP, with its codes by class.</summary>
/// <param name="Id">The section's element id, e.g. <c>smtp</c>.</param>
/// <param name="Heading">The protocol's name.</param>
/// <param name="Classes">Its classes (2xx, 5xx...) in order.</param>
public sealed record IndexGroup(string Id, string Heading, IReadOnlyList<IndexClass> Classes);
