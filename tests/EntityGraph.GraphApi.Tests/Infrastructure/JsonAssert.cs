using System.Text.Json;
using Xunit.Sdk;

namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>Structural JSON comparison: property order is ignored, array order and every value count.</summary>
public static class JsonAssert
{
    public static void Equivalent(string expectedJson, JsonElement actual)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        var difference = Compare(expected.RootElement, actual, "$");
        if (difference is not null)
        {
            var options = new JsonSerializerOptions { WriteIndented = true };
            throw new XunitException(
                $"JSON differs at {difference}{Environment.NewLine}Expected:{Environment.NewLine}{JsonSerializer.Serialize(expected.RootElement, options)}" +
                $"{Environment.NewLine}Actual:{Environment.NewLine}{JsonSerializer.Serialize(actual, options)}");
        }
    }

    private static string? Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.ValueKind} {expected.GetRawText()}, got {actual.ValueKind} {actual.GetRawText()}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedNames = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
                var actualNames = actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
                if (!expectedNames.SequenceEqual(actualNames))
                {
                    return $"{path}: expected properties [{string.Join(", ", expectedNames)}], got [{string.Join(", ", actualNames)}]";
                }

                foreach (var property in expected.EnumerateObject())
                {
                    var difference = Compare(property.Value, actual.GetProperty(property.Name), $"{path}.{property.Name}");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToArray();
                var actualItems = actual.EnumerateArray().ToArray();
                if (expectedItems.Length != actualItems.Length)
                {
                    return $"{path}: expected {expectedItems.Length} items, got {actualItems.Length}";
                }

                for (var i = 0; i < expectedItems.Length; i++)
                {
                    var difference = Compare(expectedItems[i], actualItems[i], $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Number:
                return expected.GetDecimal() == actual.GetDecimal() ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected \"{expected.GetString()}\", got \"{actual.GetString()}\"";
            default:
                return null;
        }
    }
}
