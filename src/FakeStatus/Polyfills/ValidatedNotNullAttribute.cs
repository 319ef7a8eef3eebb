using System;

namespace FakeStatus;

/// <summary>
/// Marks a parameter that the method checks for null, so CA1062 accepts a public method that hands its argument straight to
/// an internal checker (the analyzer recognises the attribute by this name).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class ValidatedNotNullAttribute : Attribute
{
}
