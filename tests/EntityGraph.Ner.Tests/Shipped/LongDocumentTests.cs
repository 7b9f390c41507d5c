using System.Text;

namespace EntityGraph.Ner.Tests.Shipped;

/// <summary>
/// A 20,000-word document through the shipped English models: sentences of about a thousand words, so a sentence is cut
/// into many overlapping windows (BEST) or chunks (FAST) and entities fall across every seam. The names are ones both
/// models find in a short sentence, so a name missed, cut or found twice points at the windowing, not at the model.
/// </summary>
public sealed class LongDocumentTests(ShippedModelsFixture fixture) : IClassFixture<ShippedModelsFixture>
{
    private static readonly string[] People = ["Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez", "Mark Rutte", "Boris Johnson", "Donald Tusk"];
    private static readonly string[] Cities = ["Paris", "Berlin", "Madrid", "Amsterdam", "Vienna", "Warsaw"];

    [Theory]
    [InlineData(NerAccuracy.Best)]
    [InlineData(NerAccuracy.Fast)]
    public async Task A_20000_word_document_gives_each_entity_once_and_whole_across_window_seams(NerAccuracy accuracy)
    {
        var (text, expected, words) = Build(20_000);

        var response = await fixture.Ner.RecognizeAsync(new NerRequest(text, "en", accuracy));

        Assert.True(words >= 20_000, $"{words} words");
        var found = response.Entities.Where(e => e.Type is "PER" or "LOC").OrderBy(e => e.Start).ToList();
        for (var i = 1; i < found.Count; i++)
        {
            Assert.True(found[i].Start >= found[i - 1].End, $"{Show(text, found[i - 1])} and {Show(text, found[i])} overlap");
        }

        var expectedSpans = expected.ToDictionary(e => (e.Start, e.End));
        var notWhole = found.Where(e => !expectedSpans.ContainsKey((e.Start, e.End))).Select(e => Show(text, e)).ToList();
        Assert.True(notWhole.Count == 0, $"{notWhole.Count} spans are not whole names: {string.Join(", ", notWhole.Take(10))}");
        var missed = expected.Count - found.Count;
        var foundSpans = found.Select(e => (e.Start, e.End)).ToHashSet();
        var missedNames = expected.Where(e => !foundSpans.Contains((e.Start, e.End))).GroupBy(e => text[e.Start..e.End]).Select(g => $"{g.Key}: {g.Count()}");
        Assert.True(missed <= expected.Count / 100, $"{missed} of {expected.Count} names missed: {string.Join(", ", missedNames)}");
        Assert.True(found.Count(e => e.Type == expectedSpans[(e.Start, e.End)].Type) >= found.Count * 99 / 100, "names keep their type");
    }

    private static (string Text, List<(int Start, int End, string Type)> Entities, int Words) Build(int minimumWords)
    {
        var text = new StringBuilder();
        var entities = new List<(int, int, string)>();
        var words = 0;
        var clause = 0;
        while (words < minimumWords)
        {
            // One sentence of about a thousand words: clauses joined by commas, one full stop at the end.
            for (var inSentence = 0; inSentence < 110 && words < minimumWords; inSentence++, clause++)
            {
                if (inSentence > 0)
                {
                    text.Append(", and ");
                    words++;
                }

                Add(People[clause % People.Length], "PER");
                text.Append(" met ");
                Add(People[(clause + 3) % People.Length], "PER");
                text.Append(" in ");
                Add(Cities[clause % Cities.Length], "LOC");
                words += 2;
            }

            text.Append(".\n");
        }

        return (text.ToString(), entities, words);

        void Add(string name, string type)
        {
            entities.Add((text.Length, text.Length + name.Length, type));
            text.Append(name);
            words += name.Split(' ').Length;
        }
    }

    private static string Show(string text, RecognizedEntity entity) => $"'{text[entity.Start..entity.End]}' ({entity.Type} at {entity.Start})";
}
