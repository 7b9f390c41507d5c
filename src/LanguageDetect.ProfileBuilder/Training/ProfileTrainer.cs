using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.ProfileBuilder.Corpus;
using EntityGraph.LanguageDetect.Profiles;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.ProfileBuilder.Training;

/// <summary>
/// Groups languages by the script their training text is written in and trains one naive Bayes n-gram model per
/// group (Serbian also joins the Cyrillic group through transliteration of its Latin text), then one
/// discriminative refinement model per configured set of close languages inside a group.
/// </summary>
internal static class ProfileTrainer
{
    public static LanguageProfileSet Train(IReadOnlyList<LanguageCorpus> corpora, TrainingSettings settings, TextWriter log)
    {
        var groups = new SortedDictionary<WritingScript, SortedDictionary<string, IReadOnlyList<string>>>();
        foreach (var corpus in corpora)
        {
            var script = DominantScript(corpus.Train);
            log.WriteLine($"{corpus.Language}: {corpus.Train.Count} training sentences, script {script}");
            Add(groups, script, corpus.Language, corpus.Train);
            if (corpus.Language == "sr" && script == WritingScript.Latin)
            {
                Add(groups, WritingScript.Cyrillic, "sr", corpus.Train.Select(SerbianTransliterator.ToCyrillic).ToList());
                log.WriteLine("sr: also trained in Cyrillic script, transliterated");
            }
        }

        var models = new List<LanguageModel>();
        foreach (var (script, members) in groups)
        {
            var model = BuildPrimary(script, members, settings, log);
            log.WriteLine($"model {model.Name}: languages {string.Join(" ", model.Languages)}, {model.RowCount} rows");
            models.Add(model);
        }

        foreach (var set in settings.RefinementSets)
        {
            var (script, members) = groups.FirstOrDefault(g => set.All(g.Value.ContainsKey));
            if (members is null)
            {
                throw new CorpusFormatException($"Refinement set {string.Join("+", set)}: no script group holds all of these languages.");
            }

            var model = BuildRefinement(script, members.Where(m => set.Contains(m.Key)).ToList(), settings, log);
            log.WriteLine($"refinement {model.Name}: {model.RowCount} rows");
            models.Add(model);
        }

        return new LanguageProfileSet(models);
    }

    private static void Add(
        SortedDictionary<WritingScript, SortedDictionary<string, IReadOnlyList<string>>> groups,
        WritingScript script,
        string language,
        IReadOnlyList<string> sentences)
    {
        if (!groups.TryGetValue(script, out var members))
        {
            groups[script] = members = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        }

        members.Add(language, sentences);
    }

    private static WritingScript DominantScript(IReadOnlyList<string> sentences)
    {
        var votes = new Dictionary<WritingScript, int>();
        foreach (var sentence in sentences.Take(5000))
        {
            var (script, _) = ScriptHistogram.Of(sentence).Dominant();
            if (script != WritingScript.None)
            {
                votes[script] = votes.GetValueOrDefault(script) + 1;
            }
        }

        return votes.Count == 0
            ? throw new CorpusFormatException("A training corpus has no letters at all.")
            : votes.MaxBy(v => v.Value).Key;
    }

    private static ScriptSet ScriptsOf(WritingScript family) => family == WritingScript.Han
        ? ScriptSet.Of(WritingScript.Han, WritingScript.Hiragana, WritingScript.Katakana)
        : ScriptSet.Of(family);

    private static LanguageModel BuildPrimary(
        WritingScript family, IDictionary<string, IReadOnlyList<string>> members, TrainingSettings settings, TextWriter log)
    {
        var scripts = ScriptsOf(family);
        var languages = members.Keys.ToArray();
        if (languages.Length == 1)
        {
            return new NGramModel(family.ToString(), ModelKind.Primary, scripts, settings.MaxOrder, TrainingSettings.Scale, languages, [], []);
        }

        if (settings.HashBits > 0)
        {
            return HashedLinearTrainer.Train(family.ToString(), ModelKind.Primary, scripts, languages, members.Values.ToArray(), settings, log);
        }

        var counts = members.Values.Select(s => NGramCounts.Of(s, scripts, settings.MaxOrder, settings.NameWeight)).ToArray();
        var (vocabulary, logProbabilities) = NaiveBayesEstimator.Estimate(counts, settings.TopPerOrder, settings);
        var priors = ClassPriors(members.Values.Select(s => s.Count).ToArray(), settings.PriorWeight);
        return new NGramModel(
            family.ToString(), ModelKind.Primary, scripts, settings.MaxOrder, TrainingSettings.Scale, languages, vocabulary, Quantize(logProbabilities), priors);
    }

    private static NGramModel BuildRefinement(
        WritingScript family, List<KeyValuePair<string, IReadOnlyList<string>>> members, TrainingSettings settings, TextWriter log)
    {
        var scripts = ScriptsOf(family);
        var languages = members.Select(m => m.Key).ToArray();
        var name = $"{family}:{string.Join("+", languages)}";
        var counts = members.Select(m => NGramCounts.Of(m.Value, scripts, settings.MaxOrder, settings.NameWeight)).ToArray();
        var (vocabulary, logProbabilities) = NaiveBayesEstimator.Estimate(counts, settings.RefinementTopPerOrder, settings);
        var naiveBayes = new NGramModel(
            name, ModelKind.Refinement, scripts, settings.MaxOrder, TrainingSettings.Scale, languages, vocabulary, Quantize(logProbabilities));
        if (settings.Epochs == 0)
        {
            return naiveBayes;
        }

        var sentences = members.Select(m => m.Value).ToArray();
        var (weights, logPriors) = DiscriminativeTrainer.Train(naiveBayes, logProbabilities, sentences, settings, log);
        return new NGramModel(
            name, ModelKind.Refinement, scripts, settings.MaxOrder, TrainingSettings.Scale, languages, vocabulary, Quantize(weights), logPriors);
    }

    /// <summary>Naive Bayes class priors from sentence counts, scaled by <paramref name="weight"/> (0 for uniform).</summary>
    private static double[] ClassPriors(int[] sentenceCounts, double weight)
    {
        double total = sentenceCounts.Sum();
        return sentenceCounts.Select(n => weight * Math.Log(Math.Max(n, 1) / total)).ToArray();
    }

    private static short[] Quantize(double[] values) =>
        values.Select(v => (short)Math.Clamp(Math.Round(v * TrainingSettings.Scale), short.MinValue, short.MaxValue)).ToArray();
}
