using EntityGraph.Ner.Runtime;
using EntityGraph.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class FastTierTests(FastTierFixture fixture) : IClassFixture<FastTierFixture>
{
    [Fact]
    public void The_manifest_routes_fast_requests_to_the_bilstm_and_falls_back_to_best_without_a_fast_model()
    {
        Assert.Equal(new ModelRoute(TinyBiLstmModel.ModelId, false), fixture.Ner.Route("en", NerAccuracy.Fast));
        Assert.Equal(new ModelRoute(TinyNerModel.ModelId, false), fixture.Ner.Route("en", NerAccuracy.Best));
        Assert.Equal(new ModelRoute(TinyNerModel.ModelId, false), fixture.Ner.Route("de", NerAccuracy.Fast));
        Assert.Equal(new ModelRoute(TinyNerModel.ModelId, true), fixture.Ner.Route("fi", NerAccuracy.Fast));
    }

    [Fact]
    public async Task Configured_routes_replace_the_manifest_for_the_tiers_they_name()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EntityGraph:Ner:ModelsDirectory"] = fixture.Root,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
            ["EntityGraph:Ner:Routes:de:Fast"] = TinyBiLstmModel.ModelId,
            ["EntityGraph:Ner:Routes:EN:Best"] = TinyBiLstmModel.ModelId,
            ["EntityGraph:Ner:Routes:fi:Best"] = TinyNerModel.ModelId,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddEntityGraphNer().BuildServiceProvider();
        var ner = services.GetRequiredService<INerService>();

        Assert.Equal(new ModelRoute(TinyBiLstmModel.ModelId, false), ner.Route("de", NerAccuracy.Fast));
        Assert.Equal(new ModelRoute(TinyNerModel.ModelId, false), ner.Route("de", NerAccuracy.Best));
        Assert.Equal(new ModelRoute(TinyBiLstmModel.ModelId, false), ner.Route("en", NerAccuracy.Best));
        Assert.Equal(new ModelRoute(TinyBiLstmModel.ModelId, false), ner.Route("en", NerAccuracy.Fast));
        Assert.Equal(new ModelRoute(TinyNerModel.ModelId, false), ner.Route("fi", NerAccuracy.Fast));
        Assert.Equal(new ModelRoute(TinyNerModel.ModelId, true), ner.Route("sv", NerAccuracy.Best));
        var response = await ner.RecognizeAsync(new NerRequest("ACME hired Anna", "de", NerAccuracy.Fast));
        Assert.Equal(TinyBiLstmModel.ModelId, response.ModelId);
    }

    [Fact]
    public void A_configured_route_without_a_model_is_rejected_at_start()
    {
        var options = new NerOptions { Routes = { ["de"] = new RouteOverride { Best = " " } } };

        var result = new NerOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("EntityGraph:Ner:Routes:de", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fast_requests_are_served_by_the_bilstm_crf_with_spans_on_the_original_characters()
    {
        const string text = "Yesterday\tACME hired Anna in\nberlin. ANNA!";
        var response = await fixture.Ner.RecognizeAsync(new NerRequest(text, "en", NerAccuracy.Fast));

        Assert.Equal(TinyBiLstmModel.ModelId, response.ModelId);
        Assert.False(response.UsedFallback);
        var found = response.Entities.Select(e => (text[e.Start..e.End], e.Type)).ToArray();
        Assert.Equal([("Yesterday", "PER"), ("ACME", "ORG"), ("Anna", "PER"), ("ANNA", "ORG")], found);
        Assert.All(response.Entities, e => Assert.Equal(TinyBiLstmModel.ModelId, e.ModelId));
        Assert.All(response.Entities, e => Assert.InRange(e.Confidence, 0.5, 1.0));
    }

    [Fact]
    public async Task Models_load_lazily_one_per_id_and_report_their_kind()
    {
        var catalog = fixture.Services.GetRequiredService<ModelCatalog>();
        var first = await catalog.GetAsync(TinyBiLstmModel.ModelId);
        var second = await catalog.GetAsync(TinyBiLstmModel.ModelId);
        Assert.Same(first, second);
        Assert.IsType<BiLstmCrfModel>(first);
        Assert.Equal("CPU", first.Provider);
        Assert.IsType<TokenClassificationModel>(await catalog.GetAsync(TinyNerModel.ModelId));
    }

    [Fact]
    public async Task Concurrent_fast_requests_are_batched_and_each_gets_its_own_spans()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"Item {i}: ACME{i} and Anna{i} met " + string.Concat(Enumerable.Repeat("again and ", i % 7))).ToArray();
        var responses = await Task.WhenAll(texts.Select(t => fixture.Ner.RecognizeAsync(new NerRequest(t, "en", NerAccuracy.Fast))));
        for (var i = 0; i < texts.Length; i++)
        {
            var found = responses[i].Entities.Select(e => texts[i][e.Start..e.End]).ToArray();
            Assert.Equal(["Item", $"ACME{i}", $"Anna{i}"], found);
        }
    }

    [Fact]
    public async Task Long_sentences_are_cut_into_overlapping_chunks_and_every_word_is_predicted_once()
    {
        var root = Path.Combine(Path.GetTempPath(), "eg-fast-long-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = TinyBiLstmModel.Create(root, maxSequenceWords: 16, quantize: true);
            await using var model = fixture.Services.GetRequiredService<ModelCatalog>().LoadFolder(folder);
            Assert.True(model.Config.Quantized);
            var words = Enumerable.Range(0, 300).Select(i => i % 10 == 0 ? "ACME" : "word").ToArray();
            var text = string.Join(' ', words);
            var spans = await model.PredictAsync(text);
            Assert.Equal(30, spans.Count);
            Assert.All(spans, s => Assert.Equal("ACME", text[s.Start..s.End]));
            Assert.Equal(30, spans.Select(s => s.Start).Distinct().Count());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_bilstm_folder_with_a_broken_config_is_refused_with_a_clear_error()
    {
        var root = Path.Combine(Path.GetTempPath(), "eg-fast-bad-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = TinyBiLstmModel.Create(root);
            var config = Path.Combine(folder, "config.json");
            await File.WriteAllTextAsync(config, (await File.ReadAllTextAsync(config)).Replace("\"bilstm-crf\"", "\"lstm-something\"", StringComparison.Ordinal));
            var catalog = fixture.Services.GetRequiredService<ModelCatalog>();
            var error = Assert.Throws<InvalidDataException>(() => catalog.LoadFolder(folder));
            Assert.Contains("lstm-something", error.Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
