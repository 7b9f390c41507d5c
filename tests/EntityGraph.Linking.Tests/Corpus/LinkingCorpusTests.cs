using System.Globalization;
using EntityGraph.Grains;
using EntityGraph.Linking.CrossDocument;
using EntityGraph.Storage;
using Xunit.Abstractions;

namespace EntityGraph.Linking.Tests.Corpus;

/// <summary>
/// The acceptance measurement of entity linking: the linking corpus (91 short documents in English, German, French,
/// Spanish, Russian, Polish and Chinese, every mention annotated with its real-world entity; among them inflected forms,
/// one name under several types, confusable places a few letters apart, people with different initials and values that
/// differ by a digit) through the real document grains and store, scored with B-cubed precision and recall over all
/// mentions. With names and CLDR alone (no alias table): precision at least <see cref="RequiredPrecision"/> and F1 at least
/// <see cref="RequiredF1"/>.
/// Reproduce: dotnet test tests/EntityGraph.Linking.Tests --filter LinkingCorpusTests --logger "console;verbosity=detailed"
/// </summary>
public sealed class LinkingCorpusTests(ITestOutputHelper output)
{
    public const double Required = 0.90;

    public const double RequiredPrecision = 0.99;

    public const double RequiredF1 = 0.95;

    [Fact]
    public async Task Linking_the_corpus_reaches_the_required_b_cubed_precision_and_recall()
    {
        var documents = LinkingCorpus.Load();
        await using var run = await CorpusRun.StartAsync();

        var predicted = await run.IngestAsync(documents);

        var (precision, recall) = Report("without alias table", documents, predicted);
        var f1 = 2 * precision * recall / (precision + recall);
        Assert.True(precision >= RequiredPrecision, $"B-cubed precision {precision:0.000} is below {RequiredPrecision}");
        Assert.True(recall >= Required, $"B-cubed recall {recall:0.000} is below {Required}");
        Assert.True(f1 >= RequiredF1, $"B-cubed F1 {f1:0.000} is below {RequiredF1}");
        var candidates = await run.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(null, LinkDecisionKinds.Candidate, 100, 0));
        output.WriteLine($"{candidates.TotalCount} candidate decisions recorded for review, e.g. {string.Join("; ", candidates.Items.Take(3).Select(d => d.Reason))}");
        Assert.NotEmpty(candidates.Items);
    }

    [Fact]
    public async Task A_user_alias_table_links_names_no_rule_can_and_keeps_both_scores_above_the_bar()
    {
        var documents = LinkingCorpus.Load();
        await using var run = await CorpusRun.StartAsync();
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "linking-aliases.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(f => new AliasInput(f[0], f[1], f[2], f[3]))
            .ToList();
        var summary = await run.Grains.GetGrain<IEntityCurationGrain>(0).ImportAliasesAsync(rows);
        output.WriteLine($"imported {summary.Rows} alias rows for {summary.EntitiesCreated} entities");

        var predicted = await run.IngestAsync(documents);

        var (precision, recall) = Report("with alias table", documents, predicted);
        Assert.True(precision >= Required, $"B-cubed precision {precision:0.000} is below {Required}");
        Assert.True(recall >= Required, $"B-cubed recall {recall:0.000} is below {Required}");
        var ecb = predicted.Where(p => documents.Single(d => d.Id == p.Key.Document).Mentions.Single(m => m.Start == p.Key.Start && m.End == p.Key.End).Entity == "org-ecb").Select(p => p.Value).Distinct().ToList();
        Assert.Equal(["kb:ecb"], ecb);
    }

    private (double Precision, double Recall) Report(string setting, IReadOnlyList<CorpusDocument> documents, IReadOnlyDictionary<(string Document, int Start, int End), string> predicted)
    {
        var gold = documents.SelectMany(d => d.Mentions.Select(m => (Key: (d.Id, m.Start, m.End), m.Entity))).ToDictionary(x => x.Key, x => x.Entity);
        var missing = gold.Keys.Where(key => !predicted.ContainsKey(key)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} gold mentions were not stored, e.g. {string.Join(", ", missing.Take(3))}");
        var predictedForGold = gold.Keys.ToDictionary(key => key, key => predicted[key]);
        var (precision, recall) = BCubed.Score(gold, predictedForGold);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Linking corpus, {setting}: {documents.Count} documents, {documents.Select(d => d.Language).Distinct().Count()} languages, {gold.Count} mentions, {gold.Values.Distinct().Count()} gold entities, {predictedForGold.Values.Distinct().Count()} predicted entities"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B-cubed precision {precision:0.0000}  recall {recall:0.0000}  F1 {2 * precision * recall / (precision + recall):0.0000}"));
        foreach (var split in gold.GroupBy(p => p.Value).Where(g => g.Select(p => predictedForGold[p.Key]).Distinct().Count() > 1))
        {
            var parts = split.GroupBy(p => predictedForGold[p.Key]).Select(g => string.Join("|", g.Select(p => Surface(documents, p.Key)).Distinct()));
            output.WriteLine($"  split  {split.Key}: {string.Join("  /  ", parts)}");
        }

        foreach (var merged in predictedForGold.GroupBy(p => p.Value).Where(g => g.Select(p => gold[p.Key]).Distinct().Count() > 1))
        {
            output.WriteLine($"  merged {merged.Key}: {string.Join(", ", merged.Select(p => gold[p.Key]).Distinct())}");
        }

        return (precision, recall);
    }

    private static string Surface(IReadOnlyList<CorpusDocument> documents, (string Document, int Start, int End) key) =>
        documents.Single(d => d.Id == key.Document).Text[key.Start..key.End];
}
