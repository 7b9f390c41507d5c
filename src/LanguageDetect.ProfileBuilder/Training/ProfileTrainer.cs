using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.ProfileBuilder.Corpus;
using EntityGraph.LanguageDetect.Profiles;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.ProfileBuilder.Training;

/// <summary>
/// Groups languages by the script their training text is written in and trains one naive Bayes n-gram model per
/// group. Serbian also joins the Cyrillic group through transliteration of its Latin text.
/// </summary>
internal static class ProfileTrainer
{
    public static LanguageProfileSet Train(IReadOnlyList<LanguageCorpus> corpora, TrainingSettings settings, TextWriter log)
    {
        var groups = new SortedDictionary<WritingScript, List<(string Language, IEnumerable<string> Sentences)>>();
        foreach (var corpus in corpora)
        {
            var script = DominantScript(corpus.Train);
            log.WriteLine($"{corpus.Language}: {corpus.Train.Count} training sentences, script {script}");
            Add(groups, script, corpus.Language, corpus.Train);
            if (corpus.Language == "sr" && script == WritingScript.Latin)
            {
                Add(groups, WritingScript.Cyrillic, "sr", corpus.Train.Select(SerbianTransliterator.ToCyrillic));
                log.WriteLine("sr: also trained in Cyrillic script, transliterated");
            }
        }

        var models = new List<NGramModel>();
        foreach (var (script, members) in groups)
        {
            var model = BuildModel(script, members.OrderBy(m => m.Language, StringComparer.Ordinal).ToList(), settings);
            log.WriteLine($"model {model.Name}: languages {string.Join(" ", model.Languages)}, {model.Grams.Count} n-grams");
            models.Add(model);
        }

        return new LanguageProfileSet(models);
    }

    private static void Add(
        SortedDictionary<WritingScript, List<(string, IEnumerable<string>)>> groups, WritingScript script, string language, IEnumerable<string> sentences)
    {
        if (!groups.TryGetValue(script, out var members))
        {
            groups[script] = members = [];
        }

        members.Add((language, sentences));
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

    private static NGramModel BuildModel(WritingScript family, List<(string Language, IEnumerable<string> Sentences)> members, TrainingSettings settings)
    {
        var scripts = ScriptsOf(family);
        var languages = members.Select(m => m.Language).ToArray();
        if (languages.Length == 1)
        {
            return new NGramModel(family.ToString(), scripts, settings.MaxOrder, TrainingSettings.Scale, languages, [], []);
        }

        var counts = members.Select(m => NGramCounts.Of(m.Sentences, scripts, settings.MaxOrder)).ToArray();
        var vocabulary = new List<string>();
        for (var n = 1; n <= settings.MaxOrder; n++)
        {
            var order = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var languageCounts in counts)
            {
                var top = languageCounts.Order(n)
                    .OrderByDescending(kv => kv.Value)
                    .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                    .Take(settings.TopPerOrder);
                order.UnionWith(top.Select(kv => kv.Key));
            }

            vocabulary.AddRange(order);
        }

        var weights = new short[vocabulary.Count * languages.Length];
        for (var l = 0; l < languages.Length; l++)
        {
            for (var n = 1; n <= settings.MaxOrder; n++)
            {
                var grams = vocabulary.Select((g, i) => (g, i)).Where(x => x.g.Length == n).ToArray();
                var total = grams.Sum(x => (double)counts[l].Count(x.g));
                var denominator = total + settings.Alpha * grams.Length;
                foreach (var (gram, index) in grams)
                {
                    var logProbability = Math.Log((counts[l].Count(gram) + settings.Alpha) / denominator);
                    var quantized = Math.Round(logProbability * TrainingSettings.Scale);
                    weights[index * languages.Length + l] = (short)Math.Clamp(quantized, short.MinValue, short.MaxValue);
                }
            }
        }

        return new NGramModel(family.ToString(), scripts, settings.MaxOrder, TrainingSettings.Scale, languages, vocabulary, weights);
    }
}
