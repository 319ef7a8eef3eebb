using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FakeStatus;

/// <summary>
/// The error shape of a vendor's API: body template, content type, headers, and the vendor's own error code for each status
/// (Azure Storage 503 is <c>ServerBusy</c>, S3 503 is <c>SlowDown</c>, Google 503 is <c>UNAVAILABLE</c>). A style is data,
/// loaded from JSON like the catalog; choose one per route (<see cref="ResponseBuilder.WithErrorStyle"/>), per handler
/// (<see cref="FakeStatusOptions.ErrorStyle"/>) or by URL (<c>/azure-storage/503</c>). Styles apply to statuses from 400 up
/// and to lower ones they name; other statuses keep their canonical response. Immutable and thread-safe.
/// </summary>
public sealed partial class ErrorStyle
{
    internal ErrorStyle(string name, string contentType, StyleTemplate body)
    {
        Name = name;
        ContentType = contentType;
        Format = StyleBodyFormats.FromContentType(contentType);
        Body = body;
    }

    /// <summary>Azure REST APIs (Azure Resource Manager and the Azure REST guidelines): <c>{"error": {"code", "message"}}</c>, <c>x-ms-error-code</c>, <c>x-ms-request-id</c>.</summary>
    public static ErrorStyle AzureRest => BuiltInStyles.Get("azure-rest");

    /// <summary>Azure Storage (Blob, Queue, File): XML <c>&lt;Error&gt;&lt;Code&gt;</c> and <c>x-ms-error-code</c>; 503 is <c>ServerBusy</c>.</summary>
    public static ErrorStyle AzureStorage => BuiltInStyles.Get("azure-storage");

    /// <summary>Azure Table storage: <c>{"odata.error": {"code", "message": {"value"}}}</c>, the shape Azure.Data.Tables reads; 409 is <c>EntityAlreadyExists</c>.</summary>
    public static ErrorStyle AzureTables => BuiltInStyles.Get("azure-tables");

    /// <summary>Amazon S3 (REST-XML): <c>&lt;Error&gt;&lt;Code&gt;&lt;Message&gt;&lt;RequestId&gt;</c> and <c>x-amz-request-id</c>; 503 is <c>SlowDown</c>.</summary>
    public static ErrorStyle AwsS3 => BuiltInStyles.Get("aws-s3");

    /// <summary>AWS services on the JSON protocol (DynamoDB, Lambda, ...): <c>{"__type", "message"}</c> and <c>x-amzn-RequestId</c>.</summary>
    public static ErrorStyle AwsJson => BuiltInStyles.Get("aws-json");

    /// <summary>Amazon SQS (AWS JSON 1.0): <c>{"__type", "message"}</c> and <c>x-amzn-query-error</c>; 404 is <c>QueueDoesNotExist</c>.</summary>
    public static ErrorStyle AwsSqs => BuiltInStyles.Get("aws-sqs");

    /// <summary>Google APIs (AIP-193, Cloud Storage): <c>{"error": {"code", "message", "errors": [{"reason"}], "status"}}</c>; 503 is <c>UNAVAILABLE</c>.</summary>
    public static ErrorStyle Google => BuiltInStyles.Get("google");

    /// <summary>OpenAI: <c>{"error": {"message", "type", "param", "code"}}</c>, <c>x-request-id</c>, <c>x-ratelimit-*</c> on 429.</summary>
    public static ErrorStyle OpenAI => BuiltInStyles.Get("openai");

    /// <summary>Stripe: <c>{"error": {"type", "code", "message"}}</c>, <c>Request-Id</c> and <c>Stripe-Should-Retry</c>.</summary>
    public static ErrorStyle Stripe => BuiltInStyles.Get("stripe");

    /// <summary>GitHub REST: <c>{"message", "documentation_url"}</c>, <c>x-github-request-id</c>, <c>x-ratelimit-*</c> on 403 and 429.</summary>
    public static ErrorStyle GitHub => BuiltInStyles.Get("github");

    /// <summary>RFC 9457 problem details: <c>application/problem+json</c> with <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>.</summary>
    public static ErrorStyle ProblemDetails => BuiltInStyles.Get("problem-details");

    /// <summary>Twilio: <c>{"code", "message", "more_info", "status"}</c> with Twilio's numeric code; 404 is <c>20404</c>.</summary>
    public static ErrorStyle Twilio => BuiltInStyles.Get("twilio");

    /// <summary>Anthropic: <c>{"type": "error", "error": {"type", "message"}}</c> and <c>request-id</c>; 429 is <c>rate_limit_error</c>.</summary>
    public static ErrorStyle Anthropic => BuiltInStyles.Get("anthropic");

    /// <summary>Microsoft Graph: <c>{"error": {"code", "message", "innerError"}}</c>, echoing <c>client-request-id</c>; 404 is <c>itemNotFound</c>.</summary>
    public static ErrorStyle Graph => BuiltInStyles.Get("graph");

    /// <summary>Every built-in style, by name: azure-rest, azure-storage, azure-tables, aws-s3, aws-json, aws-sqs, google, openai, stripe, github, problem-details, twilio, anthropic, graph.</summary>
    public static IReadOnlyList<ErrorStyle> BuiltIn => BuiltInStyles.All;

    /// <summary>The style's name, lower-case ASCII letters, digits and '-' (<c>azure-storage</c>); also its URL prefix.</summary>
    public string Name { get; }

    /// <summary>What the style imitates.</summary>
    public string Description { get; internal init; } = string.Empty;

    /// <summary>Where the vendor documents its error shape and codes.</summary>
    [SuppressMessage("Design", "CA1056", Justification = "Catalog data, read from and written to JSON as text; it is shown to people, never requested.")]
    public string? SourceUrl { get; internal init; }

    /// <summary>The body's content type (<c>application/xml</c>, <c>application/json</c>...).</summary>
    public string ContentType { get; }

    /// <summary>The names of the style's fields (<c>code</c>, <c>message</c>, <c>type</c>...), which routes can override.</summary>
    public IReadOnlyCollection<string> Fields => DefaultFields.Keys;

    internal StyleBodyFormat Format { get; }

    internal StyleTemplate Body { get; }

    internal StyleTemplate RequestId { get; init; } = StyleTemplate.TryParse("fakestatus-{{status}}", out _)!;

    internal List<KeyValuePair<string, StyleTemplate>> Headers { get; } = [];

    internal Dictionary<string, StyleTemplate?> DefaultFields { get; } = [];

    internal Dictionary<string, StyleStatusRule> Statuses { get; } = [];

    /// <summary>Field values and headers per vendor code (<c>codes</c>), used when a route sets that code.</summary>
    internal Dictionary<string, StyleStatusRule> Codes { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a template reads the request or the call (<c>{{path}}</c>, <c>{{header.NAME}}</c>, <c>{{date}}</c>...), so each answer is rendered anew.</summary>
    internal bool ReadsRequest { get; set; }

    /// <summary>The built-in style called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No built-in style has that name; the message lists them.</exception>
    public static ErrorStyle Get(string name) =>
        BuiltInStyles.Find(name) ?? throw new ArgumentException(
            $"There is no built-in error style '{name}'; the styles are: {string.Join(", ", BuiltInStyles.All.Select(s => s.Name))}. Load your own with ErrorStyle.Load.",
            nameof(name));

    /// <summary>Loads a style of your own from a JSON file (the format of the built-in ones; see docs/error-styles.md).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ErrorStyleFormatException">The file is malformed; the message names the file and the field.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ErrorStyle Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        return StyleLoader.Load(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Loads a style from JSON text; <paramref name="sourceName"/> labels it in error messages.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ErrorStyleFormatException">The JSON is malformed; the message names the source and the field.</exception>
    public static ErrorStyle Parse(string json, string sourceName = "(json)") =>
        StyleLoader.Load(json ?? throw new ArgumentNullException(nameof(json)), sourceName ?? throw new ArgumentNullException(nameof(sourceName)));

    /// <inheritdoc/>
    public override string ToString() => Name;
}
