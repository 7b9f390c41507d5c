using EntityGraph.Ner.Models;
using EntityGraph.Ner.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Ner.Tests.Shipped;

/// <summary>The models in models/ load, are routed as the manifest says, and find plain entities with exact offsets in every routed language.</summary>
public sealed class ShippedModelsTests(ShippedModelsFixture fixture) : IClassFixture<ShippedModelsFixture>
{
    public static TheoryData<string, string, string, string> Sentences => new()
    {
        { "en", "Angela Merkel met executives of Siemens in Paris on Monday.", "Angela Merkel", "PER" },
        { "en", "Shares of Siemens rose in Frankfurt.", "Frankfurt", "LOC" },
        { "de", "Angela Merkel besuchte am Montag das Werk in München.", "Angela Merkel", "PER" },
        { "de", "Angela Merkel besuchte am Montag das Werk in München.", "München", "LOC" },
        { "fr", "Emmanuel Macron est arrivé à Berlin mardi.", "Emmanuel Macron", "PER" },
        { "es", "Pedro Sánchez viajó a Londres la semana pasada.", "Londres", "LOC" },
        { "nl", "Mark Rutte sprak in Amsterdam met journalisten.", "Amsterdam", "LOC" },
        { "pt", "Lula da Silva chegou a Lisboa na segunda-feira.", "Lisboa", "LOC" },
        { "pl", "Andrzej Duda przyjechał do Krakowa.", "Krakowa", "LOC" },
        { "ru", "Владимир Путин прибыл в Берлин.", "Берлин", "LOC" },
        { "zh", "习近平昨天在北京会见了外国客人。", "北京", "LOC" },
        { "ja", "安倍晋三は東京で記者会見を開いた。", "東京", "LOC" },
        { "ar", "وصل الرئيس إلى القاهرة يوم الاثنين .", "القاهرة", "LOC" },
        { "hi", "नरेंद्र मोदी आज दिल्ली पहुंचे।", "दिल्ली", "LOC" },
    };

    [Fact]
    public async Task Every_model_in_the_manifest_loads_and_fast_models_stay_under_5_MB()
    {
        var catalog = fixture.Services.GetRequiredService<ModelCatalog>();
        foreach (var entry in fixture.Manifest.Models)
        {
            var model = await catalog.GetAsync(entry.Id);
            Assert.Equal(entry.Id, model.Config.Id);
            Assert.Equal(new FileInfo(Path.Combine(fixture.ModelsDirectory, entry.Path, model.Config.File)).Length, entry.SizeBytes);
            Assert.Contains("B-PER", model.Config.Labels);
            if (entry.Tier == "fast")
            {
                Assert.True(entry.SizeBytes <= 5_000_000, $"{entry.Id} is {entry.SizeBytes} bytes");
            }
        }
    }

    [Fact]
    public void Every_routed_language_goes_to_its_manifest_models_and_others_to_the_fallback()
    {
        Assert.NotEmpty(fixture.Manifest.Routes);
        foreach (var (language, route) in fixture.Manifest.Routes)
        {
            Assert.Equal(new ModelRoute(route.Best, false), fixture.Ner.Route(language, NerAccuracy.Best));
            Assert.Equal(route.Fast ?? route.Best, fixture.Ner.Route(language, NerAccuracy.Fast).ModelId);
        }

        Assert.Equal(new ModelRoute(fixture.Manifest.Fallback!, true), fixture.Ner.Route("fi", NerAccuracy.Best));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task Plain_entities_are_found_on_the_exact_original_characters(string language, string text, string entity, string type)
    {
        foreach (var accuracy in new[] { NerAccuracy.Best, NerAccuracy.Fast })
        {
            var response = await fixture.Ner.RecognizeAsync(new NerRequest(text, language, accuracy));

            var found = response.Entities.Select(e => (Text: text[e.Start..e.End], e.Type)).ToList();
            Assert.Contains((entity, type), found);
            Assert.All(response.Entities, e => Assert.Equal(text[e.Start..e.End].Trim(), text[e.Start..e.End]));
        }
    }
}
