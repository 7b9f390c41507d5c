namespace EntityGraph.Ner.Tests.Runtime;

public sealed class NerServiceTests(TinyModelFixture fixture) : IClassFixture<TinyModelFixture>
{
    [Fact]
    public async Task Spans_from_the_onnx_model_point_at_the_exact_original_characters()
    {
        const string text = "Yesterday\tACME hired Anna in\nberlin. 東京 ANNA!";
        var response = await fixture.Ner.RecognizeAsync(new NerRequest(text, "en"));

        Assert.False(response.UsedFallback);
        var found = response.Entities.Select(e => (text[e.Start..e.End], e.Type)).ToArray();
        Assert.Equal([("Yesterday", "PER"), ("ACME", "ORG"), ("Anna", "PER"), ("ANNA", "ORG")], found);
        Assert.All(response.Entities, e => Assert.Equal("tiny-casing", e.ModelId));
        Assert.All(response.Entities, e => Assert.InRange(e.Confidence, 0.5, 1.0));
    }

    [Fact]
    public async Task Unrouted_languages_use_the_fallback_and_say_so()
    {
        var response = await fixture.Ner.RecognizeAsync(new NerRequest("ACME", "fi"));
        Assert.True(response.UsedFallback);
        Assert.Equal("ORG", Assert.Single(response.Entities).Type);
    }

    [Fact]
    public async Task Pattern_recognizers_add_emails_and_money_beside_model_entities()
    {
        const string text = "write to sales@acme.example about the $1,200 invoice";
        var response = await fixture.Ner.RecognizeAsync(new NerRequest(text, "en"));
        var found = response.Entities.Select(e => (text[e.Start..e.End], e.Type)).ToArray();
        Assert.Contains(("sales@acme.example", "EMAIL"), found);
        Assert.Contains(("$1,200", "MONEY"), found);
    }

    [Fact]
    public async Task Concurrent_requests_are_batched_and_each_gets_its_own_spans()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"Item {i}: ACME{i} and Anna{i} met " + string.Concat(Enumerable.Repeat("again and ", i % 7))).ToArray();
        var responses = await Task.WhenAll(texts.Select(t => fixture.Ner.RecognizeAsync(new NerRequest(t, "en"))));
        for (var i = 0; i < texts.Length; i++)
        {
            var found = responses[i].Entities.Select(e => texts[i][e.Start..e.End]).ToArray();
            Assert.Equal(["Item", $"ACME{i}", $"Anna{i}"], found);
        }
    }

    [Fact]
    public async Task Long_text_is_windowed_and_every_word_is_predicted_once()
    {
        var words = Enumerable.Range(0, 300).Select(i => i % 10 == 0 ? "ACME" : "word").ToArray();
        var text = string.Join(' ', words);
        var response = await fixture.Ner.RecognizeAsync(new NerRequest(text, "en"));
        Assert.Equal(30, response.Entities.Count);
        Assert.All(response.Entities, e => Assert.Equal("ACME", text[e.Start..e.End]));
    }
}
