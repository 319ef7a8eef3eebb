using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace FakeStatus;

/// <summary>The validation rules every definition obeys, shared by code and catalog loading.</summary>
internal static class StatusRules
{
    public const int MinCode = 100;
    public const int MaxCode = 999;

    /// <summary>The gRPC protocol, whose registry numbers its codes 0 (OK) to 16 (UNAUTHENTICATED) rather than 100-999.</summary>
    public const string Grpc = "grpc";

    /// <summary>The highest gRPC status code, UNAUTHENTICATED.</summary>
    public const int GrpcMaxCode = 16;

    /// <summary>Whether <paramref name="protocol"/> (already lower case) is gRPC, whose codes are sent as grpc-status on an HTTP 200.</summary>
    public static bool IsGrpc(string protocol) => string.Equals(protocol, Grpc, StringComparison.Ordinal);

    /// <summary>
    /// The one rule for a code the catalog lacks, said the same way by the catalog's lookup and by <c>fakestatus show</c>:
    /// the handler answers it (tests need odd codes), the catalog documents only what it has.
    /// </summary>
    public static string UnknownCodeRule(int code) =>
        $"FakeStatusHandler answers a code from {MinCode} to {MaxCode} that its catalog lacks as '{code} {StatusCatalog.UnknownReasonPhrase}'.";

    /// <summary>The message for a variant a code does not have, naming the variants it has: one wording for URLs and the tool.</summary>
    public static string NoSuchVariant(string protocol, int code, string? variant, IEnumerable<StatusDefinition> meanings)
    {
        string known = string.Join(", ", meanings.Where(d => d.Code == code && d.Variant is not null).Select(d => d.Variant));
        return $"{protocol} {code} has no variant '{variant}'; " + (known.Length == 0 ? "it has no variants." : "its variants are: " + known + ".");
    }

    public static bool BodyAllowedByDefault(int code) => code >= 200 && code != 204 && code != 205 && code != 304;

    public static int ValidateCode(int code, string paramName) =>
        code is >= MinCode and <= MaxCode
            ? code
            : throw new ArgumentOutOfRangeException(paramName, code, $"Status code {code} is out of range: a status code is a whole number from {MinCode} to {MaxCode}.");

    /// <summary>Checks <paramref name="code"/> against the range of <paramref name="protocol"/> (lower case): 0-16 for gRPC, 100-999 for every other.</summary>
    public static int ValidateCode(string protocol, int code, string paramName)
    {
        if (!IsGrpc(protocol))
        {
            return ValidateCode(code, paramName);
        }

        return code is >= 0 and <= GrpcMaxCode
            ? code
            : throw new ArgumentOutOfRangeException(paramName, code, $"gRPC status code {code} is out of range: a gRPC status code is a whole number from 0 (OK) to {GrpcMaxCode} (UNAUTHENTICATED).");
    }

    public static string ValidateName(string? value, string paramName)
    {
        if (value is null || value.Length == 0)
        {
            throw new ArgumentException($"{paramName} must not be null or empty; use lower-case ASCII letters, digits and '-', e.g. 'smtp' or 'aws-elb'.", paramName);
        }

        foreach (char c in value)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-'))
            {
                throw new ArgumentException($"{paramName} '{value}' contains '{c}': use ASCII letters, digits and '-' only, e.g. 'smtp' or 'aws-elb'.", paramName);
            }
        }

        return ToLowerAscii(value);
    }

    public static string ValidateReasonPhrase(string? value, string paramName)
    {
        if (value is null || value.Trim().Length == 0)
        {
            throw new ArgumentException($"{paramName} must not be null, empty or white space.", paramName);
        }

        foreach (char c in value)
        {
            if (c is '\r' or '\n')
            {
                throw new ArgumentException($"{paramName} '{Escape(value)}' contains CR or LF, which would split the status line.", paramName);
            }

            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"{paramName} '{Escape(value)}' contains U+{(int)c:X4}: a reason phrase is printable ASCII (space to '~').", paramName);
            }
        }

        return value;
    }

    public static string ValidateSourceText(string value, string paramName)
    {
        if (value.Trim().Length == 0)
        {
            throw new ArgumentException($"{paramName} must not be empty or white space; use null when the source gives no text.", paramName);
        }

        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException($"{paramName} '{Escape(value)}' contains U+{(int)c:X4}: join the source's lines with one space.", paramName);
            }
        }

        return value;
    }

    public static string ValidateHeaderValue(string name, string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"The value of header '{name}' must not be null.");
        }

        if (HasLineBreak(value))
        {
            throw new ArgumentException($"The value of header '{name}' ('{Escape(value)}') contains CR or LF, which would inject a header.", paramName);
        }

        return value;
    }

    public static string ValidateHeaderName(string? name, string paramName)
    {
        if (name is null || name.Length == 0)
        {
            throw new ArgumentException("A header name must not be null or empty.", paramName);
        }

        foreach (char c in name)
        {
            // RFC 9110 token characters.
            bool ok = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
                or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
            if (!ok)
            {
                throw new ArgumentException($"Header name '{Escape(name)}' contains '{Escape(c.ToString())}': a header name is an RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~).", paramName);
            }
        }

        return name;
    }

    public static IReadOnlyDictionary<string, string> ValidateHeaders(IReadOnlyDictionary<string, string>? headers, string paramName)
    {
        if (headers is null)
        {
            throw new ArgumentNullException(paramName, "Headers must not be null; use an empty dictionary for none.");
        }

        var copy = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> pair in headers)
        {
            string name = ValidateHeaderName(pair.Key, paramName);
            if (copy.ContainsKey(name))
            {
                throw new ArgumentException($"Header '{name}' is given twice (header names are case-insensitive).", paramName);
            }

            copy.Add(name, ValidateHeaderValue(name, pair.Value, paramName));
        }

        return new ReadOnlyDictionary<string, string>(copy);
    }

    public static string ToLowerAscii(string value)
    {
        // Names are ASCII by contract, so a plain ASCII fold is exact and needs no culture.
        int first = 0;
        while (first < value.Length && value[first] is not (>= 'A' and <= 'Z'))
        {
            first++;
        }

        if (first == value.Length)
        {
            return value;
        }

        char[] chars = value.ToCharArray();
        for (int i = first; i < chars.Length; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + ('a' - 'A'));
            }
        }

        return new string(chars);
    }

    /// <summary>Whether <paramref name="value"/> holds CR or LF: either would end a header line and inject another.</summary>
    public static bool HasLineBreak(string value) => value.AsSpan().IndexOfAny('\r', '\n') >= 0;

    public static string Escape(string value) => value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
