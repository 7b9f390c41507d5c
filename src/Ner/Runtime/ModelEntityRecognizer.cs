using System.Diagnostics;
using EntityGraph.Recognizers;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Telemetry.Drift;
using EntityGraph.Telemetry.Metrics;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// The NER model as a pipeline recognizer ("model"): runs the model routing chose for the request
/// (<see cref="RecognitionRequest.ModelId"/>) through the shared session and batcher, and passes each entity's
/// confidence through the model's calibration (calibration.json) when it has one, so that it is a probability of being right.
/// What it returns is watched for drift (<see cref="DriftMonitor"/>, against the model's drift-baseline.json) and timed per
/// model and language (<see cref="EntityGraphMetrics.Extracted"/>).
/// </summary>
public sealed class ModelEntityRecognizer(ModelCatalog catalog, DriftMonitor drift) : IEntityRecognizer
{
    /// <inheritdoc />
    public string Name => RecognizerNames.Model;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Types { get; } = ["PER", "ORG", "LOC", "MISC"];

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Detection>> RecognizeAsync(RecognitionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ModelId is not { } modelId)
        {
            return [];
        }

        var started = Stopwatch.GetTimestamp();
        var model = await catalog.GetAsync(modelId, cancellationToken).ConfigureAwait(false);
        var spans = await model.PredictAsync(request.Text, cancellationToken).ConfigureAwait(false);
        var calibration = catalog.CalibrationOf(modelId);
        var detections = spans
            .Select(s => new Detection(s.Start, s.End, s.Type, Math.Round(calibration?.Apply(request.Language, s.Type, s.Confidence) ?? s.Confidence, 4), modelId))
            .ToList();
        EntityGraphMetrics.Extracted(modelId, request.Language, Stopwatch.GetElapsedTime(started));
        drift.Observe(modelId, request.Language, catalog.BaselineOf(modelId), detections.Select(d => (d.Type, d.Confidence)).ToList());
        return detections;
    }
}
