using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Parallel_calls_on_one_redactor_give_the_sequential_results()
    {
        var redactor = Redactors.Create(
            ("PERSON", new OperatorSpec { Numbered = true }),
            ("EMAIL", new OperatorSpec { Operator = "encrypt" }),
            ("ID", new OperatorSpec { Operator = "hash" }));
        var texts = Enumerable.Range(0, 200)
            .Select(i => $"Person{i % 7} wrote to Person{(i + 3) % 7} at user{i}@example.com, id {i:D6}.")
            .ToArray();
        RedactionResult Run(string text) => redactor.Redact(
            text,
            [
                Spans.Of(text, text[..7], "PERSON"),
                Spans.Of(text, text[17..24], "PERSON"),
                Spans.Of(text, text[(text.IndexOf("user", StringComparison.Ordinal))..text.IndexOf(',', StringComparison.Ordinal)], "EMAIL"),
                Spans.Of(text, text[^7..^1], "ID"),
            ]);

        var sequential = texts.Select(t => Run(t).Text).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Run(texts[i]).Text);

        Assert.Equal(sequential, parallel);
        Assert.All(sequential, text => Assert.StartsWith("<PERSON_1> wrote to <PERSON_2> at [ENC:", text, StringComparison.Ordinal));
    }
}
