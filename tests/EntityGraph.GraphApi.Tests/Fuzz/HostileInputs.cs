using System.Text;

namespace EntityGraph.GraphApi.Tests.Fuzz;

/// <summary>Seeded generators of hostile texts and request bodies; the same seed gives the same inputs.</summary>
internal sealed class HostileInputs(int seed)
{
    private static readonly string[] Words = ["ACME", "Anna", "KRONOS", "Bert", "the", "met", "in", "Berlin", "東京", "Москва", "القاهرة", "café"];
    private readonly Random _random = new(seed);

    /// <summary>A text built from one hostile recipe (the recipe's name comes with it, for failure messages).</summary>
    public (string Recipe, string Text) Text()
    {
        return _random.Next(9) switch
        {
            0 => ("random code units", new string(Enumerable.Range(0, _random.Next(1, 400)).Select(_ => (char)_random.Next(1, 0xFFFF)).ToArray())),
            1 => ("lone surrogates", Sentence() + "\uD800 " + Sentence() + "\uDFFF" + Sentence()),
            2 => ("zero-width and bidi controls", string.Join("\u200B\u200E\u202E\u2066", Enumerable.Range(0, 12).Select(_ => Word())) + "\u202C\uFEFF"),
            3 => ("combining-mark storm", Word() + new string('\u0301', _random.Next(100, 3000)) + " " + Sentence()),
            4 => ("100,000-character token", new string('A', 100_000) + " " + Sentence()),
            5 => ("deeply nested HTML", string.Concat(Enumerable.Repeat("<div><span>", 2000)) + Sentence() + string.Concat(Enumerable.Repeat("</span></div>", 2000))),
            6 => ("control characters", string.Join("\u0000\u0001\u0007\u001B", Enumerable.Range(0, 20).Select(_ => Word()))),
            7 => ("mixed scripts and newlines", string.Join("\r\n\n\t", Enumerable.Range(0, 30).Select(_ => Sentence()))),
            _ => ("whitespace only or tiny", _random.Next(2) == 0 ? new string(' ', _random.Next(1, 50)) : Word()),
        };
    }

    /// <summary>A raw HTTP body that is not a well-formed GraphQL request, or a request GraphQL must refuse.</summary>
    public (string Recipe, string Body) Body()
    {
        return _random.Next(8) switch
        {
            0 => ("truncated JSON", "{\"query\": \"{ statistics { documents } " + new string('}', _random.Next(0, 3))),
            1 => ("random bytes as text", Encoding.Latin1.GetString(Enumerable.Range(0, _random.Next(1, 300)).Select(_ => (byte)_random.Next(256)).ToArray())),
            2 => ("deeply nested query", "{\"query\": \"{ " + string.Concat(Enumerable.Repeat("entities { nodes { relatedEntities { entity { ", 40)) + "id" + new string('}', 160) + "\"}"),
            3 => ("aliased field bomb", "{\"query\": \"{ " + string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"a{i}: statistics {{ documents }}")) + " }\"}"),
            4 => ("wrong variable types", "{\"query\": \"query Q($first: Int) { entities(first: $first) { totalCount } }\", \"variables\": {\"first\": \"many\"}}"),
            5 => ("query is not a string", "{\"query\": 42}"),
            6 => ("huge JSON line", "{\"query\": \"{ statistics { documents } }\", \"variables\": {\"x\": \"" + new string('x', 200_000) + "\"}}"),
            _ => ("nested JSON", new string('[', 5000) + new string(']', 5000)),
        };
    }

    private string Word() => Words[_random.Next(Words.Length)];

    private string Sentence() => string.Join(' ', Enumerable.Range(0, _random.Next(3, 12)).Select(_ => Word())) + ".";
}
