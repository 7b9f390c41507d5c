using EntityGraph.Corpus;
using EntityGraph.Ner;
using EntityGraph.Ner.Calibration;
using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Runtime;
using EntityGraph.Telemetry.Drift;
using EntityGraph.Training.Training;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Training.Export;

/// <summary>
/// Fits the calibration of an exported model folder on dev files: runs the model as the runtime loads it (raw scores,
/// before any calibration), labels every predicted entity right or wrong under strict scoring (types a dev file does not
/// annotate are left out, as <c>entitygraph eval</c> does), fits <see cref="CalibrationFitter"/> and reports each file's
/// reliability before and after, and after a two-fold cross-fit (curves fitted on the odd sentences applied to the even
/// ones and the other way round), which shows how the curves do on sentences they were not fitted on. Every entity the
/// model predicted (every type, calibrated) also makes the model's <see cref="DriftBaseline"/>, what runtime drift is measured against.
/// </summary>
public static class ModelCalibrator
{
    public static async Task<CalibrationReport> FitAsync(string folder, IReadOnlyList<CorpusFile> files, int threads, CancellationToken cancellationToken = default)
    {
        var options = Options.Create(new NerOptions { ExecutionProvider = "cpu", IntraOpThreads = threads });
        var catalog = new ModelCatalog(new OnnxSessionFactory(options, NullLogger<OnnxSessionFactory>.Instance), options, NullLogger<ModelCatalog>.Instance);
        var model = catalog.LoadFolder(folder);
        var perFile = new List<(string Name, IReadOnlyList<(LabeledPrediction Prediction, int Fold)> Predictions)>();
        var everything = new List<(string Language, string Type, double Score)>();
        try
        {
            foreach (var file in files)
            {
                perFile.Add((DevName(file), await PredictAsync(model, file, DevName(file), everything, cancellationToken).ConfigureAwait(false)));
            }
        }
        finally
        {
            await model.DisposeAsync().ConfigureAwait(false);
        }

        var names = perFile.Select(f => f.Name).ToList();
        var all = perFile.SelectMany(f => f.Predictions).ToList();
        var calibration = CalibrationFitter.Fit(all.Select(p => p.Prediction).ToList(), names);
        var halves = Enumerable.Range(0, 2)
            .Select(fold => all.Any(p => p.Fold != fold) ? CalibrationFitter.Fit(all.Where(p => p.Fold != fold).Select(p => p.Prediction).ToList(), names) : calibration)
            .ToArray();
        var thresholds = ConfidenceThresholds.Default;
        var rows = perFile.Select(f => new CalibrationFileReport(
            f.Name,
            ReliabilityTable.From(f.Predictions.Select(p => p.Prediction.Scored).ToList(), thresholds),
            ReliabilityTable.From(f.Predictions.Select(p => Calibrated(calibration, p.Prediction)).ToList(), thresholds),
            ReliabilityTable.From(f.Predictions.Select(p => Calibrated(halves[p.Fold], p.Prediction)).ToList(), thresholds)))
            .ToList();
        var baseline = DriftBaseline.From(everything.Select(p => (p.Language, p.Type, Math.Round(calibration.Apply(p.Language, p.Type, p.Score), 4))).ToList(), names);
        return new CalibrationReport(calibration, rows, baseline);
    }

    private static ScoredPrediction Calibrated(ModelCalibration calibration, LabeledPrediction p) =>
        new(calibration.Apply(p.Language, p.Type, p.Score), p.Correct);

    /// <summary>"lang/file" without the extension, as the model tables name dev sets.</summary>
    public static string DevName(CorpusFile file) => $"{file.Language}/{Path.GetFileNameWithoutExtension(file.Path)}";

    private static async Task<IReadOnlyList<(LabeledPrediction, int)>> PredictAsync(ITokenClassificationModel model, CorpusFile file, string devSet, List<(string Language, string Type, double Score)> everything, CancellationToken cancellationToken)
    {
        var goldTypes = TagSchemeConverter.TypesOf(file.Examples.SelectMany(e => e.TokenTags ?? []));
        var results = new IReadOnlyList<(LabeledPrediction, int)>[file.Examples.Count];
        var predicted = new IReadOnlyList<PredictedSpan>[file.Examples.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, file.Examples.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var example = file.Examples[i];
                predicted[i] = await model.PredictAsync(example.Text, token).ConfigureAwait(false);
                var spans = predicted[i].Where(s => goldTypes.Contains(s.Type)).ToList();
                var outcomes = SpanOutcomes.Label(example, spans.Select(s => new EntitySpan(s.Start, s.End, s.Type)).ToList());
                results[i] = spans.Select((s, k) => (new LabeledPrediction(devSet, file.Language, s.Type, s.Confidence, outcomes[k]), i % 2)).ToList();
            }).ConfigureAwait(false);
        everything.AddRange(predicted.SelectMany(spans => spans).Select(s => (file.Language, s.Type, (double)s.Confidence)));
        return results.SelectMany(r => r).ToList();
    }
}
