using EntityGraph.LanguageDetect.Linear;
using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.ProfileBuilder.Training;

/// <summary>
/// Trains a <see cref="HashedLinearModel"/>: multinomial logistic regression by averaged SGD over every training
/// sentence of the group's languages (seeded shuffle, single thread, so the result is deterministic).
/// </summary>
internal static class HashedLinearTrainer
{
    /// <summary>Share of the non-zero weight magnitudes that quantize without clipping.</summary>
    private const double ClipQuantile = 0.99999;

    public static HashedLinearModel Train(
        string name, ModelKind kind, ScriptSet scripts, IReadOnlyList<string> languages, IReadOnlyList<IReadOnlyList<string>> sentences,
        TrainingSettings settings, TextWriter log)
    {
        var bits = settings.HashBits;
        var examples = HashedExamples.Of(sentences, scripts, settings.MaxOrder, bits);
        var languageCount = languages.Count;
        var weights = new float[(1 << bits) * languageCount];
        var averaged = new double[weights.Length];
        var biases = new double[languageCount];
        var averagedBiases = new double[languageCount];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(20261128);
        var logits = new double[languageCount];
        double step = 1;
        for (var epoch = 0; epoch < settings.HashEpochs; epoch++)
        {
            random.Shuffle(order);
            var rate = settings.HashLearningRate / (1 + epoch);
            double loss = 0;
            var errors = 0;
            foreach (var index in order)
            {
                var (language, buckets, values) = examples[index];
                for (var l = 0; l < languageCount; l++)
                {
                    logits[l] = biases[l];
                }

                for (var f = 0; f < buckets.Length; f++)
                {
                    var row = buckets[f] * languageCount;
                    for (var l = 0; l < languageCount; l++)
                    {
                        logits[l] += weights[row + l] * values[f];
                    }
                }

                var best = Array.IndexOf(logits, logits.Max());
                errors += best == language ? 0 : 1;
                Logits.ToProbabilities(logits);
                loss -= Math.Log(Math.Max(logits[language], 1e-12));
                for (var l = 0; l < languageCount; l++)
                {
                    var gradient = logits[l] - (l == language ? 1 : 0);
                    if (Math.Abs(gradient) < 1e-6)
                    {
                        continue;
                    }

                    var delta = rate * gradient;
                    biases[l] -= delta;
                    averagedBiases[l] -= step * delta;
                    for (var f = 0; f < buckets.Length; f++)
                    {
                        var at = buckets[f] * languageCount + l;
                        var change = (float)(delta * values[f]);
                        weights[at] -= change;
                        averaged[at] -= step * change;
                    }
                }

                step++;
            }

            log.WriteLine($"  model {name} epoch {epoch + 1}: loss {loss / examples.Count:F4}, training errors {errors}/{examples.Count}");
        }

        var final = new double[weights.Length];
        for (var i = 0; i < final.Length; i++)
        {
            final[i] = weights[i] - averaged[i] / step;
        }

        var finalBiases = biases.Select((b, l) => b - averagedBiases[l] / step).ToArray();
        var scale = sbyte.MaxValue / ClipLevel(final);
        var quantized = final.Select(w => (sbyte)Math.Clamp(Math.Round(w * scale), -sbyte.MaxValue, sbyte.MaxValue)).ToArray();
        return new HashedLinearModel(name, kind, scripts, settings.MaxOrder, bits, scale, languages, quantized, finalBiases);
    }

    /// <summary>The weight magnitude that maps to the largest 8-bit value: the <see cref="ClipQuantile"/> of the non-zero magnitudes (larger ones are clipped).</summary>
    private static double ClipLevel(double[] weights)
    {
        var magnitudes = weights.Where(w => w != 0).Select(Math.Abs).Order().ToArray();
        return magnitudes.Length == 0 ? 1 : Math.Max(magnitudes[(int)(ClipQuantile * (magnitudes.Length - 1))], 1e-9);
    }
}
