using EntityGraph.LanguageDetect.NGrams;

namespace EntityGraph.LanguageDetect.ProfileBuilder.Training;

/// <summary>
/// Refines naive Bayes weights into a multinomial logistic regression over the same features, with exactly the
/// scoring used at detection time (mean n-gram weight scaled by the capped evidence, plus log-prior, softmax), by SGD
/// with an L2 pull back toward the naive Bayes weights and class-balanced sentence weights.
/// </summary>
internal static class DiscriminativeTrainer
{
    /// <summary>Log-priors sit outside the evidence scaling, so they move this much slower than n-gram weights.</summary>
    private const double PriorRate = 0.01;

    private sealed record Example(int Language, int[] Rows, float[] Values, double Matched);

    public static (double[] Weights, double[] LogPriors) Train(
        NGramModel model, double[] initial, IReadOnlyList<IReadOnlyList<string>> sentences, TrainingSettings settings, TextWriter log)
    {
        var languageCount = model.Languages.Count;
        var random = new Random(20261128);
        var examples = new List<Example>();
        var perLanguage = new int[languageCount];
        for (var l = 0; l < languageCount; l++)
        {
            var sample = sentences[l].Count <= settings.MaxSentencesPerLanguage
                ? sentences[l]
                : sentences[l].OrderBy(_ => random.Next()).Take(settings.MaxSentencesPerLanguage).ToList();
            foreach (var sentence in sample)
            {
                var features = model.Features(sentence);
                var matched = features.Values.Sum();
                if (matched > 0)
                {
                    examples.Add(new Example(l, features.Keys.ToArray(), features.Values.Select(v => (float)v).ToArray(), matched));
                    perLanguage[l]++;
                }
            }
        }

        var classWeights = perLanguage
            .Select(n => n == 0 ? 0 : Math.Clamp(examples.Count / (double)(languageCount * n), 0.25, 4))
            .ToArray();
        var weights = (double[])initial.Clone();
        var logPriors = new double[languageCount];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var probabilities = new double[languageCount];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = settings.LearningRate / (1 + epoch);
            double loss = 0;
            var errors = 0;
            foreach (var index in order)
            {
                var example = examples[index];
                var means = new double[languageCount];
                for (var f = 0; f < example.Rows.Length; f++)
                {
                    var row = example.Rows[f] * languageCount;
                    for (var l = 0; l < languageCount; l++)
                    {
                        means[l] += weights[row + l] * example.Values[f];
                    }
                }

                for (var l = 0; l < languageCount; l++)
                {
                    means[l] /= example.Matched;
                }

                var logits = NGramModel.Logits(means, example.Matched, logPriors);
                Softmax(logits, probabilities);
                loss -= Math.Log(Math.Max(probabilities[example.Language], 1e-12));
                if (probabilities.AsSpan().IndexOf(probabilities.Max()) != example.Language)
                {
                    errors++;
                }

                var evidence = Math.Min(example.Matched, NGramModel.EvidenceCap);
                var step = rate * classWeights[example.Language] * evidence;
                for (var l = 0; l < languageCount; l++)
                {
                    var error = probabilities[l] - (l == example.Language ? 1 : 0);
                    logPriors[l] -= PriorRate * rate * classWeights[example.Language] * error;
                    for (var f = 0; f < example.Rows.Length; f++)
                    {
                        var at = example.Rows[f] * languageCount + l;
                        weights[at] -= step * error * example.Values[f] / example.Matched
                            + rate * settings.Regularization * (weights[at] - initial[at]);
                    }
                }
            }

            log.WriteLine($"  model {model.Name} epoch {epoch + 1}: loss {loss / examples.Count:F4}, training errors {errors}/{examples.Count}");
        }

        return (weights, logPriors);
    }

    private static void Softmax(double[] logits, double[] probabilities)
    {
        logits.CopyTo(probabilities, 0);
        Logits.ToProbabilities(probabilities);
    }
}
