using EntityGraph.Linking.Mentions;

namespace EntityGraph.Linking.Tests.Mentions;

public sealed class DocumentTypeVoteTests
{
    [Fact]
    public void One_surface_form_gets_the_type_with_the_most_confidence_in_the_document()
    {
        var types = DocumentTypeVote.Vote(
        [
            ("Atlas Logistics", "ORG", 0.9),
            ("ATLAS LOGISTICS", "PER", 0.95),
            ("atlas logistics", "ORG", 0.6),
            ("Berlin", "LOC", 0.99),
            ("Atlas Logistics", "MONEY", 0.99),
        ]);

        Assert.Equal(["ORG", "ORG", "ORG", "LOC", "MONEY"], types);
    }

    [Fact]
    public void A_tie_goes_to_the_single_most_confident_mention()
    {
        Assert.Equal(["LOC", "LOC"], DocumentTypeVote.Vote([("Jordan", "PER", 0.5), ("Jordan", "LOC", 0.5 + 1e-9)]));
        Assert.Equal(["LOC", "LOC"], DocumentTypeVote.Vote([("Jordan", "PER", 0.5), ("Jordan", "LOC", 0.5)]));
        Assert.Empty(DocumentTypeVote.Vote([]));
    }
}
