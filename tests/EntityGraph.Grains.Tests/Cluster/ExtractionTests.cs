using EntityGraph.Grains.Tests.Fixtures;

namespace EntityGraph.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ExtractionTests(ClusterFixture fixture)
{
    private const string English = "The board of GLOBEXIA met on Monday and the chair thanked the engineers for their hard work during the long winter.";
    private const string Russian = "Совет директоров компании собрался в понедельник, и председатель поблагодарил инженеров за их работу зимой.";

    [Fact]
    public async Task Mixed_language_text_is_routed_per_part_and_spans_point_into_the_original_text()
    {
        var text = English + "\n\n" + Russian;

        var result = await fixture.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync(text, null, ExtractionAccuracy.Best);

        Assert.Equal(["en", "ru"], result.Parts.Select(p => p.Language));
        var english = result.Parts[0];
        var russian = result.Parts[1];
        Assert.True(english.End <= russian.Start);
        Assert.False(english.UsedFallback);
        Assert.True(russian.UsedFallback);
        Assert.True(result.UsedFallback);
        var longer = english.End - english.Start >= russian.End - russian.Start ? english : russian;
        Assert.Equal(longer.Language, result.Language);

        Assert.All(result.Entities, e => Assert.Equal(text[e.Start..e.End], e.Text));
        var globexia = Assert.Single(result.Entities, e => e.Text == "GLOBEXIA");
        Assert.Equal(("ORG", "en"), (globexia.Type, globexia.Language));
        var russianEntities = result.Entities.Where(e => e.Start >= russian.Start).ToList();
        Assert.NotEmpty(russianEntities);
        Assert.All(russianEntities, e => Assert.Equal("ru", e.Language));
        Assert.Contains(russianEntities, e => e.Text == "Совет");
    }

    [Fact]
    public async Task Segmenting_texts_gives_each_the_language_parts_extraction_routes_without_running_a_model()
    {
        var mixed = English + "\n\n" + Russian;
        var extraction = fixture.Grains.GetGrain<IExtractionGrain>(0);

        var parts = await extraction.SegmentAsync([mixed, English]);
        var extracted = await extraction.ExtractAsync(mixed, null, ExtractionAccuracy.Best);

        Assert.Equal(2, parts.Count);
        Assert.Equal(extracted.Parts.Select(p => (p.Start, p.End, p.Language, p.Confidence)), parts[0].Select(p => (p.Start, p.End, p.Language, p.Confidence)));
        var english = Assert.Single(parts[1]);
        Assert.Equal((0, English.Length, "en"), (english.Start, english.End, english.Language));
    }

    [Fact]
    public async Task A_given_language_covers_the_whole_text()
    {
        var text = English + "\n\n" + Russian;

        var result = await fixture.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync(text, "EN", ExtractionAccuracy.Fast);

        var part = Assert.Single(result.Parts);
        Assert.Equal((0, text.Length, "en"), (part.Start, part.End, part.Language));
        Assert.False(result.UsedFallback);
        Assert.Contains(result.Entities, e => e.Text == "Совет" && e.Language == "en");
    }

    [Fact]
    public async Task A_part_detected_with_low_confidence_goes_to_the_fallback_but_keeps_its_detected_language()
    {
        const string italian = "La Juventus ha vinto la partita contro il Milan a Torino grazie a un gol di Federico Chiesa nel secondo tempo.";
        const string spanish = "El consejo de administración se reunió el lunes y el presidente agradeció a los ingenieros su trabajo durante el invierno.";

        var unsure = await fixture.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync(italian, null, ExtractionAccuracy.Best);
        var sure = await fixture.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync(spanish, null, ExtractionAccuracy.Best);

        var guessed = Assert.Single(unsure.Parts);
        Assert.Equal(ClusterFixture.SecondRoutedLanguage, guessed.Language);
        Assert.InRange(guessed.Confidence, 0.01, 0.69);
        Assert.True(guessed.UsedFallback);
        Assert.All(unsure.Entities, e => Assert.Equal(ClusterFixture.SecondRoutedLanguage, e.Language));
        var detected = Assert.Single(sure.Parts);
        Assert.Equal(ClusterFixture.SecondRoutedLanguage, detected.Language);
        Assert.InRange(detected.Confidence, 0.7, 1.0);
        Assert.False(detected.UsedFallback);
    }

    [Fact]
    public async Task Undetectable_text_goes_to_the_fallback_model_and_is_flagged()
    {
        var result = await fixture.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync("12 34 56 !!", null, ExtractionAccuracy.Best);

        var part = Assert.Single(result.Parts);
        Assert.Equal("und", part.Language);
        Assert.True(part.UsedFallback);
        Assert.True(result.UsedFallback);
        Assert.Equal("und", result.Language);
    }

    [Fact]
    public async Task Ingesting_mixed_text_stores_each_mention_with_its_part_language()
    {
        var text = English + "\n\n" + Russian;

        var result = await fixture.Grains.GetGrain<IDocumentGrain>("mixed-1").IngestAsync(new DocumentInput("mixed-1", text));

        var mentions = (await fixture.Store.GetMentionsByDocumentAsync(["mixed-1"]))["mixed-1"];
        Assert.Contains(mentions, m => m.Text == "GLOBEXIA" && m.Language == "en");
        Assert.Contains(mentions, m => m.Text == "Совет" && m.Language == "ru");
        var document = (await fixture.Store.GetDocumentsAsync(["mixed-1"]))["mixed-1"];
        Assert.Equal(result.Extraction.Language, document.Language);
        Assert.True(document.UsedFallbackModel);
    }
}
