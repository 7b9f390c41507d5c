using EntityGraph.Linking.Mentions;

namespace EntityGraph.Linking.Tests.Mentions;

public sealed class DocumentTypeVoteTests
{
    [Fact]
    public void One_surface_form_gets_the_type_most_of_its_mentions_have()
    {
        var types = DocumentTypeVote.Vote(
        [
            ("Atlas Logistics", "ORG"),
            ("ATLAS LOGISTICS", "PER"),
            ("atlas logistics", "ORG"),
            ("Berlin", "LOC"),
            ("Atlas Logistics", "MONEY"),
        ]);

        Assert.Equal(["ORG", "ORG", "ORG", "LOC", "MONEY"], types);
    }

    [Fact]
    public void Types_with_equally_many_mentions_are_left_as_they_are()
    {
        Assert.Equal(["ORG", "LOC"], DocumentTypeVote.Vote([("Olímpia", "ORG"), ("Olímpia", "LOC")]));
        Assert.Equal(["PER", "PER", "LOC", "LOC"], DocumentTypeVote.Vote([("Jordan", "PER"), ("Jordan", "PER"), ("Jordan", "LOC"), ("Jordan", "LOC")]));
        Assert.Empty(DocumentTypeVote.Vote([]));
    }
}
