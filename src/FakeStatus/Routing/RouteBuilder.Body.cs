using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <content>Body matching: JSON bodies, exactly or partially, and form fields.</content>
public sealed partial class RouteBuilder
{
    /// <summary>
    /// Only requests whose body is JSON equal to <paramref name="pattern"/>, serialized with <see cref="System.Text.Json"/>'s web
    /// defaults (camelCase names); a <see cref="System.Text.Json.Nodes.JsonNode"/> or <see cref="System.Text.Json.JsonElement"/> is taken as it is. Key order and whitespace never matter, numbers compare by value (<c>1</c> equals <c>1.0</c>),
    /// arrays compare in order, and a request with properties the pattern lacks does not match (see
    /// <see cref="ForPartialJsonBody(object)"/>). A <see cref="JsonMatch.Any"/> value matches any value present.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null (to match a JSON <c>null</c> body, pass the text <c>"null"</c>).</exception>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> cannot be serialized to JSON.</exception>
    public RouteBuilder ForJsonBody(object pattern) => AddJson(() => JsonPattern.FromObject(pattern ?? throw new ArgumentNullException(nameof(pattern)), partial: false, nameof(pattern)));

    /// <summary>Only requests whose body is JSON equal to the JSON text <paramref name="json"/>, by the rules of <see cref="ForJsonBody(object)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not valid JSON; the message gives the line and position.</exception>
    public RouteBuilder ForJsonBody(string json) => AddJson(() => JsonPattern.FromJson(json, partial: false, nameof(json)));

    /// <summary>
    /// Only requests whose body is JSON containing <paramref name="pattern"/>: every property of the pattern must be there and
    /// match, at any depth, and the request may carry more. Arrays match element by element and must have the same length.
    /// Otherwise the rules of <see cref="ForJsonBody(object)"/> apply.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> cannot be serialized to JSON.</exception>
    public RouteBuilder ForPartialJsonBody(object pattern) => AddJson(() => JsonPattern.FromObject(pattern ?? throw new ArgumentNullException(nameof(pattern)), partial: true, nameof(pattern)));

    /// <summary>Only requests whose body is JSON containing the JSON text <paramref name="json"/>, by the rules of <see cref="ForPartialJsonBody(object)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not valid JSON; the message gives the line and position.</exception>
    public RouteBuilder ForPartialJsonBody(string json) => AddJson(() => JsonPattern.FromJson(json, partial: true, nameof(json)));

    /// <summary>
    /// Only requests with an <c>application/x-www-form-urlencoded</c> body carrying field <paramref name="name"/>, with
    /// <paramref name="value"/> among its values when given. Fields are URL-decoded ('+' is a space) and compared ordinally.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public RouteBuilder ForFormField(string name, string? value = null)
    {
        return Guard(() =>
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A form field name must not be null or empty.", nameof(name));
            }

            _rest.Add(new FormFieldCriterion(name, value));
            _bodyNames = [.. _bodyNames, "form " + name + (value is null ? string.Empty : "=" + Secrets.Show(name, value))];
        });
    }

    /// <summary>Only form bodies carrying every one of <paramref name="fields"/> (others may be present), by the rules of <see cref="ForFormField"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    /// <exception cref="ArgumentException">A field name is null or empty, or a value is null.</exception>
    public RouteBuilder ForFormBody(IEnumerable<KeyValuePair<string, string>> fields)
    {
        return Guard(() =>
        {
            foreach (KeyValuePair<string, string> field in fields ?? throw new ArgumentNullException(nameof(fields)))
            {
                if (string.IsNullOrEmpty(field.Key) || field.Value is null)
                {
                    throw new ArgumentException($"Form field '{field.Key}' needs a non-empty name and a value; use ForFormField(name) to require a field with any value.", nameof(fields));
                }

                ForFormField(field.Key, field.Value);
            }
        });
    }

    private RouteBuilder AddJson(Func<JsonPattern> pattern) => Guard(() =>
    {
        var criterion = new JsonBodyCriterion(pattern());
        _rest.Add(criterion);
        _bodyNames = [.. _bodyNames, criterion.Expectation];
    });
}
