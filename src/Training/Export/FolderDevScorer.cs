using System.Diagnostics;
using EntityGraph.Ner;
using EntityGraph.Ner.Runtime;
using EntityGraph.Training.Fast;
using EntityGraph.Training.Training;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Training.Export;

/// <summary>Dev scores of an exported model folder, loaded as the runtime loads it (<see cref="ModelCatalog.LoadFolder"/>), through the shared span path.</summary>
public static class FolderDevScorer
{
    /// <summary>
    /// Scores every example of the files in batches of 32; a transformer also per file ("lang/file", rounded to 0.01).
    /// Seconds covers the scoring alone, not the loading.
    /// </summary>
    public static (DevScores Overall, IReadOnlyDictionary<string, double> PerFile, double Seconds) Score(string folder, IReadOnlyList<CorpusFile> files, int threads)
    {
        var options = Options.Create(new NerOptions { ExecutionProvider = "cpu", IntraOpThreads = threads });
        var catalog = new ModelCatalog(new OnnxSessionFactory(options, NullLogger<OnnxSessionFactory>.Instance), options, NullLogger<ModelCatalog>.Instance);
        var model = catalog.LoadFolder(folder);
        try
        {
            var clock = Stopwatch.StartNew();
            if (model is BiLstmCrfModel crf)
            {
                var overall = FastDevEvaluator.Evaluate(files.SelectMany(f => f.Examples).ToList(), crf.Predictor, crf.Scorer.Score, 32);
                return (DevScores.From(overall), new Dictionary<string, double>(), clock.Elapsed.TotalSeconds);
            }

            var transformer = (TokenClassificationModel)model;
            var scores = DevEvaluator.EvaluateFiles(files, transformer.Predictor, transformer.Scorer.Score, 32);
            return (DevScores.From(scores.Overall), scores.PerFile.ToDictionary(f => f.Key, f => Math.Round(f.Value, 2)), clock.Elapsed.TotalSeconds);
        }
        finally
        {
            model.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
