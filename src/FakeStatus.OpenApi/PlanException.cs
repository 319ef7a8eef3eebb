using System;
using System.Diagnostics.CodeAnalysis;

namespace FakeStatus.OpenApi;

/// <summary>A problem found while planning routes, at a JSON pointer; the importer turns it into an <see cref="OpenApiImportException"/> naming the file.</summary>
[SuppressMessage("Design", "CA1064", Justification = "Never leaves the importer: it is caught there and rethrown as the public OpenApiImportException.")]
internal sealed class PlanException : Exception
{
    public PlanException(string location, string problem)
        : base(problem)
    {
        Location = location;
    }

    public string Location { get; }
}
