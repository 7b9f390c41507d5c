using EntityGraph.Ner.Calibration;
using EntityGraph.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Ner.Tests.Calibration;

/// <summary>The runtime applies the calibration stored with a model to every entity it finds, per language and type.</summary>
public sealed class CalibratedRuntimeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entitygraph-calibrated-").FullName;

    [Fact]
    public async Task Entity_confidences_go_through_the_models_curves()
    {
        var folder = TinyNerModel.Create(_root, ["en", "de"]);
        var flat = new CalibrationCurve([0.0, 1.0], [0.4, 0.4], 10);
        var englishCurves = new CurveSet(new CalibrationCurve([0.0, 1.0], [0.6, 0.6], 10), new Dictionary<string, CalibrationCurve> { ["ORG"] = new([0.0, 1.0], [0.97, 0.97], 10) });
        new ModelCalibration(ModelCalibration.Isotonic, ["en/x.dev"], new CurveSet(flat, new Dictionary<string, CalibrationCurve>()), new Dictionary<string, CurveSet> { ["en"] = englishCurves }).Save(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EntityGraph:Ner:ModelsDirectory"] = _root,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
            ["EntityGraph:Ner:EnablePatternRecognizers"] = "false",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddEntityGraphNer().BuildServiceProvider();
        var ner = services.GetRequiredService<INerService>();

        var english = (await ner.RecognizeAsync(new NerRequest("ACME hired Anna", "en"))).Entities;
        var german = (await ner.RecognizeAsync(new NerRequest("ACME hired Anna", "de"))).Entities;

        Assert.Equal([("ORG", 0.97), ("PER", 0.6)], english.Select(e => (e.Type, e.Confidence)));
        Assert.Equal([("ORG", 0.4), ("PER", 0.4)], german.Select(e => (e.Type, e.Confidence)));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
