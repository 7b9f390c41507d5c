using System.Text.Json;
using EntityGraph.Linking.Mentions;
using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.SampleCorpus;

/// <summary>
/// The graph a new user sees after the README's first command: the sample corpus through the shipped models, the real
/// grains and store, read over GraphQL. One name is one entity with one type, and no entity name or alias begins or ends
/// with a function word of its language (a capitalized one that starts a proper name, "La Paz", "De Vries", is part of it).
/// </summary>
[Collection(SampleGraphCollection.Name)]
public sealed class SampleGraphQualityTests(SampleCorpusAppHost app)
{
    private const string Entities = "{ entities(first: 100) { totalCount nodes { canonicalName type aliases { name language } } } }";

    [Fact]
    public async Task No_canonical_name_appears_under_two_types()
    {
        var nodes = await NodesAsync();

        var split = nodes
            .GroupBy(node => node.GetProperty("canonicalName").GetString()!.ToLowerInvariant(), StringComparer.Ordinal)
            .Where(same => same.Select(node => node.GetProperty("type").GetString()).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(same => $"{same.Key}: {string.Join(", ", same.Select(node => node.GetProperty("type").GetString()))}")
            .ToList();

        Assert.True(nodes.Count >= 20, $"only {nodes.Count} entities came out of the sample corpus");
        Assert.Empty(split);
    }

    [Fact]
    public async Task No_entity_name_starts_or_ends_with_a_function_word_of_its_language()
    {
        var nodes = await NodesAsync();

        var bad = new List<string>();
        foreach (var node in nodes)
        {
            var aliases = node.GetProperty("aliases").EnumerateArray().Select(alias => (Name: alias.GetProperty("name").GetString()!, Language: alias.GetProperty("language").GetString()!)).ToList();
            var languages = aliases.Select(alias => alias.Language).Distinct(StringComparer.Ordinal).ToList();
            var canonical = node.GetProperty("canonicalName").GetString()!;
            bad.AddRange(languages.Where(language => EdgeIsFunctionWord(canonical, language)).Select(language => $"'{canonical}' ({language})"));
            bad.AddRange(aliases.Where(alias => EdgeIsFunctionWord(alias.Name, alias.Language)).Select(alias => $"alias '{alias.Name}' ({alias.Language})"));
        }

        Assert.Empty(bad);
    }

    private async Task<List<JsonElement>> NodesAsync()
    {
        Assert.Equal(18, app.DocumentCount);
        var entities = (await app.Client.QueryAsync(Entities)).GetProperty("entities");
        Assert.True(entities.GetProperty("totalCount").GetInt32() <= 100, "the sample corpus has more entities than one page");
        return [.. entities.GetProperty("nodes").EnumerateArray()];
    }

    private static bool EdgeIsFunctionWord(string name, string language)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var startsProperName = char.IsUpper(words[0][0]) && char.IsUpper(words[1][0]);
        return (FunctionWords.Contains(language, words[0]) && !startsProperName) || FunctionWords.Contains(language, words[^1]);
    }
}
