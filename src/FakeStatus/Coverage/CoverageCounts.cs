using System;
using System.Collections.Generic;
using System.Globalization;

namespace FakeStatus;

/// <summary>A snapshot of <see cref="AnswerCounter"/>: answers per meaning of a code, and per code whatever the meaning.</summary>
internal sealed class CoverageCounts
{
    private readonly Dictionary<string, long> _byMeaning = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _byNumber = new(StringComparer.OrdinalIgnoreCase);

    public static string MeaningKey(StatusDefinition status) => NumberKey(status.Protocol, status.Code) + "/" + status.Variant;

    public static string NumberKey(string protocol, int code) => protocol + "/" + code.ToString(CultureInfo.InvariantCulture);

    public void Add(StatusDefinition status, long answers)
    {
        Increase(_byMeaning, MeaningKey(status), answers);
        Increase(_byNumber, NumberKey(status.Protocol, status.Code), answers);
    }

    public long ForMeaning(StatusDefinition status) => _byMeaning.TryGetValue(MeaningKey(status), out long answers) ? answers : 0;

    public long ForNumber(string protocol, int code) => _byNumber.TryGetValue(NumberKey(protocol, code), out long answers) ? answers : 0;

    private static void Increase(Dictionary<string, long> counts, string key, long answers) =>
        counts[key] = counts.TryGetValue(key, out long before) ? before + answers : answers;
}
