using EntityGraph.Linking.Mentions;

namespace EntityGraph.Linking.Tests.Mentions;

public sealed class DocumentTypeVoteTests
{
    [Fact]
    public void One_surface_form_gets_the_type_most_of_its_mentions_have()
    {
        var types = DocumentTypeVote.Vote(
        [
            ("Atlas Logistics", "ORG", 0.6),
            ("ATLAS LOGISTICS", "PER", 0.99),
            ("atlas logistics", "ORG", 0.6),
            ("Berlin", "LOC", 0.99),
            ("Atlas Logistics", "MONEY", 0.99),
        ]);

        Assert.Equal(["ORG", "ORG", "ORG", "LOC", "MONEY"], types);
    }

    [Fact]
    public void Types_with_equally_many_mentions_are_left_as_they_are()
    {
        Assert.Equal(["ORG", "LOC"], DocumentTypeVote.Vote([("Olímpia", "ORG", 0.6), ("Olímpia", "LOC", 0.9)]));
        Assert.Equal(["PER", "PER", "LOC", "LOC"], DocumentTypeVote.Vote([("Jordan", "PER", 0.9), ("Jordan", "PER", 0.9), ("Jordan", "LOC", 0.5), ("Jordan", "LOC", 0.5)]));
        Assert.Empty(DocumentTypeVote.Vote([]));
    }
}
