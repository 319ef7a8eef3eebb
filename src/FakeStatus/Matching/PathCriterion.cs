using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// The path of a route template, for explanations only: when matching, the route table has already chosen the routes whose
/// path fits, with the same <see cref="RouteTemplate.MatchesPath"/>.
/// </summary>
internal sealed class PathCriterion(RouteTemplate template) : RouteCriterion
{
    public override string Expectation => "path " + template.Path;

    public override bool Check(ref MatchInput input, List<string>? why) =>
        template.MatchesPath(RequestPath.SegmentsOf(input.Uri), why);
}
