using System;
using System.Text;
using Grpc.Core;

namespace FakeStatus;

/// <summary>The path of a gRPC method, <c>/package.Service/Method</c>, and the names gRPC gives its status codes.</summary>
internal static class GrpcMethodPath
{
    /// <exception cref="ArgumentException">The method is not <c>package.Service/Method</c>.</exception>
    public static string Validate(string? method, string paramName)
    {
        string path = method is null ? string.Empty : method.StartsWith('/') ? method[1..] : method;
        int slash = path.IndexOf('/', StringComparison.Ordinal);
        bool valid = slash > 0 && slash < path.Length - 1 && path.IndexOf('/', slash + 1) < 0;
        foreach (char c in path)
        {
            valid &= c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '.' or '/';
        }

        return valid
            ? "/" + path
            : throw new ArgumentException(
                $"'{method}' is not a gRPC method: expected 'package.Service/Method' (letters, digits, '_' and '.'), e.g. 'greet.Greeter/SayHello' as in the .proto file.",
                paramName);
    }

    /// <summary>The status's name as the gRPC status code document writes it: <c>DEADLINE_EXCEEDED</c> for <see cref="StatusCode.DeadlineExceeded"/>.</summary>
    public static string CanonicalName(StatusCode code)
    {
        string name = code.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return code == StatusCode.OK ? string.Empty : text.ToString();
    }
}
