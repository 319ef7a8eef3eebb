using System;

namespace FakeStatus.OpenApi;

/// <summary>A problem found while planning routes, at a JSON pointer; the importer turns it into an <see cref="OpenApiImportException"/> naming the file.</summary>
internal sealed class PlanException : Exception
{
    public PlanException(string location, string problem)
        : base(problem)
    {
        Location = location;
    }

    public string Location { get; }
}
