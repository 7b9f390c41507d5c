using EntityGraph.PiiCorpus.Jsonl;

namespace EntityGraph.PiiCorpus.Scoring;

/// <summary>
/// Scores PII predictions against the corpus. A gold entity is found when the predicted items of its type together cover
/// every non-whitespace character of it. A predicted item is a true positive when it overlaps a gold entity of its type,
/// else a false positive; predicted types that never occur in the gold data are listed separately instead. A decoy is
/// flagged when an item of its type overlaps it. Documents without a prediction line count as nothing predicted.
/// </summary>
public static class PiiScorer
{
    /// <summary>The type name of the micro-averaged row.</summary>
    public const string OverallType = "ALL";

    /// <summary>Scores predictions against gold documents.</summary>
    /// <param name="gold">The corpus documents.</param>
    /// <param name="predictions">Predictions, at most one per gold id.</param>
    /// <param name="predictionSource">Name of the predictions (a file name) used in error messages.</param>
    /// <exception cref="PiiCorpusDataException">
    /// Duplicate gold or prediction ids, a prediction id absent from the gold data, or item offsets outside the text.
    /// </exception>
    public static PiiScoreReport Score(IReadOnlyList<PiiDocument> gold, IReadOnlyList<PredictedDocument> predictions, string predictionSource = "predictions")
    {
        var goldById = new Dictionary<string, PiiDocument>(StringComparer.Ordinal);
        foreach (var document in gold)
        {
            if (!goldById.TryAdd(document.Id, document))
            {
                throw new PiiCorpusDataException($"duplicate gold document id '{document.Id}'");
            }
        }

        var predictedById = new Dictionary<string, PredictedDocument>(StringComparer.Ordinal);
        foreach (var prediction in predictions)
        {
            var line = prediction.LineNumber > 0 ? prediction.LineNumber : (int?)null;
            if (!goldById.TryGetValue(prediction.Id, out var document))
            {
                throw new PiiCorpusDataException($"prediction id '{prediction.Id}' is not in the gold data", predictionSource, line);
            }

            if (!predictedById.TryAdd(prediction.Id, prediction))
            {
                throw new PiiCorpusDataException($"duplicate prediction id '{prediction.Id}'", predictionSource, line);
            }

            var bad = prediction.Items.FirstOrDefault(i => i.Start < 0 || i.End > document.Text.Length || i.Start >= i.End);
            if (bad is not null)
            {
                throw new PiiCorpusDataException(
                    $"item {bad.Type} {bad.Start}..{bad.End} is outside the text of '{prediction.Id}' (length {document.Text.Length})", predictionSource, line);
            }
        }

        var goldTypes = new HashSet<string>(gold.SelectMany(d => d.Entities).Select(e => e.Type), StringComparer.Ordinal);
        var tallies = goldTypes.Concat(gold.SelectMany(d => d.Decoys).Select(d => d.Type)).Distinct(StringComparer.Ordinal)
            .ToDictionary(t => t, _ => new TypeTally(), StringComparer.Ordinal);
        var unscored = new Dictionary<string, int>(StringComparer.Ordinal);
        var personByLanguage = new Dictionary<string, (int Gold, int Found)>(StringComparer.Ordinal);

        foreach (var document in gold)
        {
            var items = predictedById.TryGetValue(document.Id, out var p) ? p.Items : [];
            foreach (var entity in document.Entities)
            {
                var tally = tallies[entity.Type];
                tally.Gold++;
                var found = IsCovered(document.Text, entity, items);
                if (found)
                {
                    tally.Found++;
                }

                if (entity.Type == PiiTypes.Person)
                {
                    var (g, f) = personByLanguage.GetValueOrDefault(document.Language);
                    personByLanguage[document.Language] = (g + 1, f + (found ? 1 : 0));
                }
            }

            foreach (var item in items)
            {
                if (!goldTypes.Contains(item.Type))
                {
                    unscored[item.Type] = unscored.GetValueOrDefault(item.Type) + 1;
                }
                else if (document.Entities.Any(e => e.Type == item.Type && Overlaps(e, item)))
                {
                    tallies[item.Type].TruePositives++;
                }
                else
                {
                    tallies[item.Type].FalsePositives++;
                }
            }

            foreach (var decoy in document.Decoys)
            {
                var tally = tallies[decoy.Type];
                tally.Decoys++;
                if (items.Any(i => i.Type == decoy.Type && Overlaps(decoy, i)))
                {
                    tally.DecoysFlagged++;
                }

                if (items.Any(i => Overlaps(decoy, i)))
                {
                    tally.DecoysOverlapped++;
                }
            }
        }

        var types = tallies.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value.ToScore(t.Key)).ToList();
        var overall = TypeScore.FromCounts(
            OverallType, types.Sum(t => t.Gold), types.Sum(t => t.Found), types.Sum(t => t.TruePositives), types.Sum(t => t.FalsePositives),
            types.Sum(t => t.Decoys), types.Sum(t => t.DecoysFlagged), types.Sum(t => t.DecoysOverlapped));
        var personRecall = personByLanguage
            .OrderBy(p => LanguageOrder(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new LanguageRecall(p.Key, PiiTypes.Person, p.Value.Gold, p.Value.Found, p.Value.Gold == 0 ? 0 : (double)p.Value.Found / p.Value.Gold))
            .ToList();
        var unscoredTypes = unscored.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new UnscoredType(u.Key, u.Value)).ToList();
        return new PiiScoreReport(gold.Count, types, overall, personRecall, unscoredTypes);
    }

    /// <summary>Reads a corpus file and a prediction file and scores them.</summary>
    /// <exception cref="PiiCorpusDataException">Either file is malformed or they do not match.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static async Task<PiiScoreReport> ScoreFilesAsync(string goldPath, string predictedPath, CancellationToken cancellationToken)
    {
        var gold = await PiiCorpusJsonl.ReadFileAsync(goldPath, cancellationToken).ConfigureAwait(false);
        var predicted = await PredictionJsonl.ReadFileAsync(predictedPath, cancellationToken).ConfigureAwait(false);
        return Score(gold, predicted, predictedPath);
    }

    private static bool IsCovered(string text, PiiSpan entity, IReadOnlyList<PredictedItem> items)
    {
        var covered = new bool[entity.End - entity.Start];
        foreach (var item in items)
        {
            if (item.Type != entity.Type)
            {
                continue;
            }

            for (var i = Math.Max(item.Start, entity.Start); i < Math.Min(item.End, entity.End); i++)
            {
                covered[i - entity.Start] = true;
            }
        }

        for (var i = entity.Start; i < entity.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !covered[i - entity.Start])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Overlaps(PiiSpan span, PredictedItem item) => item.Start < span.End && span.Start < item.End;

    private static int LanguageOrder(string language)
    {
        var index = PiiTypes.Languages.ToList().IndexOf(language);
        return index < 0 ? int.MaxValue : index;
    }
}
