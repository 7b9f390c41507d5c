using System.Text.Json;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.TestSupport;
using EntityGraph.Telemetry.Drift;

namespace EntityGraph.Silo.Tests.Monitoring;

/// <summary>
/// Drift through real <c>entitygraph serve</c> processes and the real (tiny) model: the model's baseline is what it
/// recognized in English news-like sentences (collected over the API, as calibration does on dev data); other English
/// sentences of the same kind keep its PSI under the threshold, German sentences sent to it as English (every noun
/// capitalized, so the casing model sees persons everywhere) push the PSI over it, the warning is logged and
/// <c>modelHealth</c> reports the drift.
/// </summary>
public sealed class DriftTests : IDisposable
{
    private const string Extract = "mutation($text: String!) { extract(text: $text, language: \"en\") { entities { type confidence } } }";
    private const string Health = "{ modelHealth(language: \"en\") { model language windowEntities confidencePsi typePsi drifting threshold types { type share } baselineTypes { type share } } }";
    private static readonly string[] People = ["Anna Berg", "Omar Haddad", "Li Wei", "Maria Keller", "Tom Hardy", "Sara Lind"];
    private static readonly string[] Companies = ["ACME", "NORDWIND", "HELIOS", "ATLAS", "IBM", "SOLARA"];
    private readonly Workspace _workspace = new();

    [Fact]
    public async Task Sentences_of_another_language_raise_the_psi_over_the_threshold_and_the_warning_is_logged()
    {
        var models = _workspace.Settings.Overrides["EntityGraph:Ner:ModelsDirectory"]!;
        var settings = new Dictionary<string, string> { ["Drift:Window"] = "80", ["Drift:MinEntities"] = "40", ["Drift:Threshold"] = "0.2" };

        var baseline = new List<(string Language, string Type, double Confidence)>();
        await using (var first = await SiloProcess.StartAsync("baseline", settings, ["--data-dir", _workspace.Folder("first")], models))
        {
            foreach (var sentence in English(seed: 1, count: 30))
            {
                baseline.AddRange((await EntitiesAsync(first, sentence)).Select(e => ("en", e.Type, e.Confidence)));
            }
        }

        Assert.True(baseline.Count >= 80, $"only {baseline.Count} baseline entities");
        DriftBaseline.From(baseline, ["en/generated.dev"]).Save(Path.Combine(models, TinyNerModel.ModelId));

        await using var silo = await SiloProcess.StartAsync("drift", settings, ["--data-dir", _workspace.Folder("second")], models);
        foreach (var sentence in English(seed: 2, count: 30))
        {
            await EntitiesAsync(silo, sentence);
        }

        var steady = await HealthAsync(silo);
        Assert.True(steady.GetProperty("windowEntities").GetInt32() >= 40, steady.ToString());
        Assert.True(steady.GetProperty("typePsi").GetDouble() < 0.2, steady.ToString());
        Assert.True(steady.GetProperty("confidencePsi").GetDouble() < 0.2, steady.ToString());
        Assert.False(steady.GetProperty("drifting").GetBoolean());
        Assert.DoesNotContain("drifts in language", silo.Log, StringComparison.Ordinal);

        foreach (var sentence in German(count: 30))
        {
            await EntitiesAsync(silo, sentence);
        }

        var drifted = await HealthAsync(silo);
        Assert.True(drifted.GetProperty("drifting").GetBoolean(), drifted.ToString());
        Assert.True(drifted.GetProperty("typePsi").GetDouble() > 0.2, drifted.ToString());
        await WaitForAsync(() => silo.Log.Contains($"Model {TinyNerModel.ModelId} drifts in language en", StringComparison.Ordinal), silo);
    }

    public void Dispose() => _workspace.Dispose();

    private static IEnumerable<string> English(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            string Person() => People[random.Next(People.Length)];
            string Company() => Companies[random.Next(Companies.Length)];
            yield return random.Next(3) switch
            {
                0 => $"{Person()} of {Company()} met {Person()} at the {Company()} office.",
                1 => $"shares of {Company()} rose after {Person()} said the deal with {Company()} was done.",
                _ => $"analysts at {Company()} expect {Person()} to lead the merger with {Company()}.",
            };
        }
    }

    private static IEnumerable<string> German(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return $"Die Firma {Companies[i % Companies.Length]} eröffnet ein neues Büro in der Stadt, sagte {People[i % People.Length]} am Montag. Der Vorstand plant weitere Investitionen im Norden.";
        }
    }

    private static async Task<List<(string Type, double Confidence)>> EntitiesAsync(SiloProcess silo, string text)
    {
        var answer = await silo.GraphQLAsync(Extract, new { text });
        Assert.False(answer.TryGetProperty("errors", out _), answer.ToString());
        return answer.GetProperty("data").GetProperty("extract").GetProperty("entities").EnumerateArray()
            .Select(e => (e.GetProperty("type").GetString()!, e.GetProperty("confidence").GetDouble()))
            .ToList();
    }

    private static async Task<JsonElement> HealthAsync(SiloProcess silo)
    {
        var answer = await silo.GraphQLAsync(Health);
        Assert.False(answer.TryGetProperty("errors", out _), answer.ToString());
        return Assert.Single(answer.GetProperty("data").GetProperty("modelHealth").EnumerateArray(), h => h.GetProperty("model").GetString() == TinyNerModel.ModelId);
    }

    private static async Task WaitForAsync(Func<bool> condition, SiloProcess silo)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"the drift warning was not logged:\n{silo.Log}");
            await Task.Delay(100);
        }
    }
}
