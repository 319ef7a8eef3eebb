using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>
/// Generators of JSON values (objects, arrays, numbers, strings, booleans, null; at most three levels deep), and of other
/// spellings of the same value: keys shuffled, whitespace added, numbers with trailing zeros.
/// </summary>
internal static class JsonGen
{
    private static readonly Gen<JsonNode?> Leaf = Gen.Frequency(
        (3, Gen.Int[-1000, 1000].Select(i => (JsonNode?)JsonValue.Create(i))),
        (2, Gen.Int[-100_000, 100_000].Select(i => (JsonNode?)JsonValue.Create(i / 100m))),
        (3, Gen.String[Gen.Char["abc xyzé\"\\/\n😀"], 0, 6].Select(s => (JsonNode?)JsonValue.Create(s))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Int[0, 0].Select(_ => (JsonNode?)null)));

    private static readonly Gen<string> Key = Gen.String[Gen.Char["abcdXY_ -"], 1, 4];

    /// <summary>A JSON object at the root, as request bodies usually are.</summary>
    public static readonly Gen<JsonObject> Object = ObjectOf(2);

    /// <summary>The same value written another way: a seed drives key order, whitespace and number spelling.</summary>
    public static string Respell(JsonNode? node, int seed)
    {
        var text = new StringBuilder();
        Write(node, new Dice(seed), text);
        return text.ToString();
    }

    /// <summary>A copy of <paramref name="node"/> with some object properties removed at any depth (the seed picks which).</summary>
    public static JsonNode? Prune(JsonNode? node, int seed) => Prune(node, new Dice(seed));

    private static Gen<JsonObject> ObjectOf(int depth) =>
        Gen.Select(Key, ValueOf(depth)).Array[0, 4].Select(pairs =>
        {
            var result = new JsonObject();
            foreach ((string key, JsonNode? value) in pairs)
            {
                result[key] = value;
            }

            return result;
        });

    private static Gen<JsonNode?> ValueOf(int depth) => depth == 0
        ? Leaf
        : Gen.Frequency(
            (5, Leaf),
            (1, ObjectOf(depth - 1).Select(o => (JsonNode?)o)),
            (1, ValueOf(depth - 1).Array[0, 3].Select(items => (JsonNode?)new JsonArray(items))));

    private static void Write(JsonNode? node, Dice random, StringBuilder text)
    {
        Space(random, text);
        switch (node)
        {
            case JsonObject obj:
                text.Append('{');
                KeyValuePair<string, JsonNode?>[] properties = obj.OrderBy(_ => random.Next(int.MaxValue)).ToArray();
                for (int i = 0; i < properties.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    Space(random, text);
                    text.Append(JsonValue.Create(properties[i].Key)!.ToJsonString()).Append(':');
                    Write(properties[i].Value, random, text);
                }

                Space(random, text);
                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    Write(array[i], random, text);
                }

                text.Append(']');
                break;
            case JsonValue value when value.TryGetValue(out int integer):
                text.Append(integer.ToString(CultureInfo.InvariantCulture)).Append(random.Next(3) == 0 ? ".0" : string.Empty);
                break;
            case JsonValue value when value.TryGetValue(out decimal number):
                string digits = number.ToString(CultureInfo.InvariantCulture);
                text.Append(digits);
                if (random.Next(2) == 0)
                {
                    // Trailing zeros after a decimal point keep the value: 12.5, 12.500 and 12 and 12.00 are the same numbers.
                    text.Append(digits.Contains('.', StringComparison.Ordinal) ? "00" : ".00");
                }

                break;
            default:
                text.Append(node?.ToJsonString() ?? "null");
                break;
        }

        Space(random, text);
    }

    private static void Space(Dice random, StringBuilder text) => text.Append(random.Next(4) switch { 0 => " ", 1 => "\n  ", 2 => "\t", _ => string.Empty });

    private static JsonNode? Prune(JsonNode? node, Dice random)
    {
        switch (node)
        {
            case JsonObject obj:
                var kept = new JsonObject();
                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    if (random.Next(3) != 0)
                    {
                        kept[property.Key] = Prune(property.Value, random);
                    }
                }

                return kept;
            case JsonArray array:
                // Arrays keep their length: a partial pattern compares them element by element.
                return new JsonArray(array.Select(item => Prune(item, random)).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>A small xorshift generator: the same seed gives the same spelling on every run and every runtime.</summary>
    private sealed class Dice(int seed)
    {
        private uint _state = (uint)seed | 1;

        public int Next(int count)
        {
            _state ^= _state << 13;
            _state ^= _state >> 17;
            _state ^= _state << 5;
            return (int)(_state % (uint)count);
        }
    }
}
