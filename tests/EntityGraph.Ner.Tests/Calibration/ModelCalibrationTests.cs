using EntityGraph.Ner.Calibration;

namespace EntityGraph.Ner.Tests.Calibration;

public sealed class ModelCalibrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entitygraph-calibration-").FullName;

    [Fact]
    public void Curves_are_picked_by_language_then_type_and_survive_a_round_trip()
    {
        var predictions = new List<LabeledPrediction>();
        for (var i = 0; i < CalibrationFitter.MinTypeSupport; i++)
        {
            predictions.Add(new LabeledPrediction("en/x.dev", "en", "PER", 0.9, i % 10 != 0));
            predictions.Add(new LabeledPrediction("de/y.dev", "de", "ORG", 0.9, i % 2 == 0));
        }

        predictions.Add(new LabeledPrediction("de/y.dev", "de", "LOC", 0.9, false));

        var fitted = CalibrationFitter.Fit(predictions, ["en/x.dev", "de/y.dev"]);
        fitted.Save(_folder);
        var loaded = ModelCalibration.Load(_folder)!;

        Assert.Equal(["en/x.dev", "de/y.dev"], loaded.FittedOn);
        Assert.Equal(0.9, loaded.Apply("en", "PER", 0.9), 6);
        Assert.Equal(0.5, loaded.Apply("de", "ORG", 0.9), 6);
        Assert.Equal(["ORG"], loaded.Languages["de"].Types.Keys);
        Assert.Equal(100.0 / 201, loaded.Apply("de", "LOC", 0.9), 6);
        Assert.Equal(0.9, loaded.Apply("it", "PER", 0.9), 6);
        Assert.Equal(0.5, loaded.Apply("it", "ORG", 0.9), 6);
        Assert.Equal(((180 * 200.5 / 200) + (100 * 200.5 / 201)) / 401, loaded.Apply("it", "MISC", 0.9), 6);
    }

    [Fact]
    public void A_dev_set_whose_accepted_entities_would_be_less_precise_than_the_threshold_sends_them_to_review()
    {
        // Pooled, a score of 0.9 is right 96% of the time; on the Wikipedia set alone the entities it would accept are 93.6% right.
        var predictions = new List<LabeledPrediction>();
        predictions.AddRange(Enumerable.Range(0, 300).Select(_ => new LabeledPrediction("en/news.dev", "en", "PER", 0.9, true)));
        predictions.AddRange(Enumerable.Range(0, 100).Select(_ => new LabeledPrediction("en/news.dev", "en", "PER", 0.99, true)));
        predictions.AddRange(Enumerable.Range(0, 100).Select(i => new LabeledPrediction("en/wiki.dev", "en", "PER", 0.9, i < 93)));
        predictions.AddRange(Enumerable.Range(0, 10).Select(_ => new LabeledPrediction("en/wiki.dev", "en", "PER", 0.99, true)));

        var calibration = CalibrationFitter.Fit(predictions, ["en/news.dev", "en/wiki.dev"]);

        Assert.Equal(0.9499, Math.Round(calibration.Apply("en", "PER", 0.9), 4));
        Assert.Equal(1.0, calibration.Apply("en", "PER", 0.99));
        Assert.True(calibration.Apply("en", "PER", 0.95) <= calibration.Apply("en", "PER", 0.99));
    }

    [Fact]
    public void A_language_with_too_few_predictions_for_a_curve_gets_one_probability_its_precision()
    {
        var predictions = new List<LabeledPrediction>();
        for (var i = 0; i < CalibrationFitter.MinTypeSupport; i++)
        {
            predictions.Add(new LabeledPrediction("en/x.dev", "en", "PER", i / 200.0, i >= 100));
        }

        // 40 Swedish entities, right exactly when their score is high: a curve would jump from 0 to 1 on them.
        for (var i = 0; i < 40; i++)
        {
            predictions.Add(new LabeledPrediction("sv/y.dev", "sv", "PER", i / 40.0, i >= 30));
        }

        var calibration = CalibrationFitter.Fit(predictions, ["en/x.dev", "sv/y.dev"]);

        Assert.Equal(0.25, calibration.Apply("sv", "PER", 0.1), 6);
        Assert.Equal(0.25, calibration.Apply("sv", "PER", 0.99), 6);
        Assert.Equal(0.25, calibration.Apply("sv", "ORG", 0.5), 6);
        Assert.Equal(0.0, calibration.Apply("en", "PER", 0.1), 6);
        Assert.Equal(1.0, calibration.Apply("en", "PER", 0.99), 6);
    }

    [Fact]
    public void A_folder_without_calibration_has_none_and_a_broken_file_is_refused()
    {
        Assert.Null(ModelCalibration.Load(_folder));

        File.WriteAllText(Path.Combine(_folder, ModelCalibration.FileName), """{"method":"isotonic","fittedOn":[],"default":{"all":{"scores":[0.9,0.5],"probabilities":[0.1,0.2],"support":2},"types":{}},"languages":{}}""");
        Assert.Contains("ascend", Assert.Throws<InvalidDataException>(() => ModelCalibration.Load(_folder)).Message, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_folder, ModelCalibration.FileName), "{ not json");
        Assert.Throws<InvalidDataException>(() => ModelCalibration.Load(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
