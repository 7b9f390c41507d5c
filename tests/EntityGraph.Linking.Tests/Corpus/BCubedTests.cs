namespace EntityGraph.Linking.Tests.Corpus;

public sealed class BCubedTests
{
    [Fact]
    public void Scores_the_textbook_example()
    {
        var gold = new Dictionary<int, string> { [1] = "a", [2] = "a", [3] = "a", [4] = "b", [5] = "b" };
        var predicted = new Dictionary<int, string> { [1] = "x", [2] = "x", [3] = "y", [4] = "y", [5] = "y" };

        var (precision, recall) = BCubed.Score(gold, predicted);

        Assert.Equal(((1.0 * 2) + (1.0 / 3) + (2.0 / 3 * 2)) / 5, precision, 9);
        Assert.Equal(((2.0 / 3 * 2) + (1.0 / 3) + (1.0 * 2)) / 5, recall, 9);
    }

    [Fact]
    public void A_perfect_clustering_scores_one_and_everything_in_one_cluster_has_full_recall()
    {
        var gold = new Dictionary<int, string> { [1] = "a", [2] = "b" };

        Assert.Equal((1.0, 1.0), BCubed.Score(gold, gold));
        Assert.Equal((0.5, 1.0), BCubed.Score(gold, new Dictionary<int, string> { [1] = "x", [2] = "x" }));
    }

    [Fact]
    public void The_corpus_meets_its_own_requirements()
    {
        var documents = LinkingCorpus.Load();

        Assert.True(documents.Count >= 60, $"{documents.Count} documents");
        Assert.True(documents.Select(d => d.Language).Distinct().Count() >= 5);
        Assert.Contains(documents, d => d.Language is "ru" or "zh" or "ar");
        Assert.Equal(documents.Count, documents.Select(d => d.Id).Distinct().Count());
        Assert.All(documents, d => Assert.NotEmpty(d.Mentions));
    }
}
