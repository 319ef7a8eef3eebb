using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// Copies a request's headers into plain lists, so a snapshot (the request log, a response callback's view) keeps no
/// reference to the request or its content.
/// </summary>
internal static class HeaderSnapshot
{
    private static readonly KeyValuePair<string, IReadOnlyList<string>>[] NoHeaders = [];

    /// <summary>A copy of <paramref name="headers"/> in the order they were added; a shared empty array when there are none.</summary>
    public static KeyValuePair<string, IReadOnlyList<string>>[] Copy(System.Net.Http.Headers.HttpHeaders headers)
    {
#if NET6_0_OR_GREATER
        // The non-validated view reads the stored strings without parsing them, and costs nothing when there are none.
        System.Net.Http.Headers.HttpHeadersNonValidated view = headers.NonValidated;
        if (view.Count == 0)
        {
            return NoHeaders;
        }

        var copy = new KeyValuePair<string, IReadOnlyList<string>>[view.Count];
        int i = 0;
        foreach (KeyValuePair<string, System.Net.Http.Headers.HeaderStringValues> header in view)
        {
            string[] values = new string[header.Value.Count];
            int j = 0;
            foreach (string value in header.Value)
            {
                values[j++] = value;
            }

            copy[i++] = new KeyValuePair<string, IReadOnlyList<string>>(header.Key, values);
        }

        return copy;
#else
        var copy = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (KeyValuePair<string, IEnumerable<string>> header in headers)
        {
            copy.Add(new KeyValuePair<string, IReadOnlyList<string>>(header.Key, new List<string>(header.Value).ToArray()));
        }

        return copy.Count == 0 ? NoHeaders : copy.ToArray();
#endif
    }
}
