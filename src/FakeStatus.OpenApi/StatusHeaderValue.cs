using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace FakeStatus.OpenApi;

/// <summary>Reads the status a request asks for in the status header.</summary>
internal static class StatusHeaderValue
{
    /// <summary>Absent: <see langword="null"/>. Present but not a code from 100 to 999: -1, which no route answers.</summary>
    public static int? Read(HttpRequestMessage request, string name)
    {
        if (!request.Headers.TryGetValues(name, out IEnumerable<string>? values))
        {
            return null;
        }

        return Parse(values.FirstOrDefault());
    }

    /// <summary>The code <paramref name="value"/> names: -1 when it is not a code from 100 to 999.</summary>
    public static int Parse(string? value)
    {
        string text = value?.Trim() ?? string.Empty;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code is >= 100 and <= 999 ? code : -1;
    }
}
