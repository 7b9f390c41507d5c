using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class ValidationConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Alice = Entity("per-alice", "PER", "Alice");
    private static readonly EntityWrite Bob = Entity("per-bob", "PER", "Bob");

    private static readonly Dictionary<string, (string Code, Func<DocumentWrite, DocumentWrite> Spoil)> Cases = new()
    {
        ["empty id"] = (ErrorCodes.InvalidDocument, w => w with { Id = " " }),
        ["empty content hash"] = (ErrorCodes.InvalidDocument, w => w with { ContentHash = "" }),
        ["empty language"] = (ErrorCodes.InvalidDocument, w => w with { Language = "" }),
        ["language confidence above one"] = (ErrorCodes.InvalidDocument, w => w with { LanguageConfidence = 1.5 }),
        ["language confidence NaN"] = (ErrorCodes.InvalidDocument, w => w with { LanguageConfidence = double.NaN }),
        ["null mention list"] = (ErrorCodes.InvalidDocument, w => w with { Mentions = null! }),
        ["span past the end"] = (ErrorCodes.InvalidMention, w => SpoilMention(w, m => m with { End = w.Text.Length + 1 })),
        ["start equals end"] = (ErrorCodes.InvalidMention, w => SpoilMention(w, m => m with { End = m.Start })),
        ["negative start"] = (ErrorCodes.InvalidMention, w => SpoilMention(w, m => m with { Start = -1 })),
        ["mention text differs from span"] = (ErrorCodes.InvalidMention, w => SpoilMention(w, m => m with { Text = "Alicia" })),
        ["mention confidence above one"] = (ErrorCodes.InvalidMention, w => SpoilMention(w, m => m with { Confidence = 2 })),
        ["mention without entity id"] = (ErrorCodes.InvalidMention, w => SpoilMention(w, m => m with { EntityId = "" })),
        ["same entity twice at one span"] = (ErrorCodes.DuplicateMention, w => w with { Mentions = [.. w.Mentions, w.Mentions[0]] }),
        ["entity without type"] = (ErrorCodes.InvalidEntity, w => w with { Entities = [w.Entities[0] with { Type = "" }, .. w.Entities.Skip(1)] }),
        ["entity listed twice differently"] = (ErrorCodes.InvalidEntity, w => w with { Entities = [.. w.Entities, w.Entities[0] with { CanonicalName = "Other" }] }),
        ["mention of an unknown entity"] = (ErrorCodes.UnknownEntity, w => SpoilMention(w, m => m with { EntityId = "per-nobody" })),
        ["empty tag name"] = (ErrorCodes.InvalidTag, w => w with { AutomaticTags = [new TagRecord(" ", false, 0.5)] }),
        ["manual flag on an automatic tag"] = (ErrorCodes.InvalidTag, w => w with { AutomaticTags = [new TagRecord("x", true, 0.5)] }),
        ["tag score above one"] = (ErrorCodes.InvalidTag, w => w with { AutomaticTags = [new TagRecord("x", false, 1.1)] }),
        ["tag listed twice"] = (ErrorCodes.InvalidTag, w => w with { AutomaticTags = [new TagRecord("x", false, 0.1), new TagRecord("X", false, 0.2)] }),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_write_is_rejected_with_its_code_and_changes_nothing(string caseName)
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Alice met Bob.").Mention(Alice, "Alice").Mention(Bob, "Bob").Build());
        var before = StoreSnapshot.Take(temp);
        var (code, spoil) = Cases[caseName];
        var good = new DocumentBuilder("doc-1", "Alice waved at Bob.").Mention(Alice, "Alice").Mention(Bob, "Bob").Tag("greeting", 0.5).Build();

        var failure = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.UpsertDocumentAsync(spoil(good)));

        Assert.Equal(code, failure.Code);
        Assert.True(failure.IsInvalidInput);
        Assert.Equal(before, StoreSnapshot.Take(temp));
        Assert.Equal(DocumentWriteOutcome.Updated, await temp.Store.UpsertDocumentAsync(good));
    }

    [Fact]
    public async Task Bad_queries_and_tags_are_rejected_with_codes()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Alice.").Mention(Alice, "Alice").Build());

        Assert.Equal(ErrorCodes.InvalidQuery, (await Assert.ThrowsAsync<GraphStoreException>(
            () => temp.Store.SearchEntitiesAsync(new EntityQuery(null, null, null, -1, 0)))).Code);
        Assert.Equal(ErrorCodes.InvalidQuery, (await Assert.ThrowsAsync<GraphStoreException>(
            () => temp.Store.ListDocumentsAsync(new DocumentQuery(null, null, null, 10, -5)))).Code);
        Assert.Equal(ErrorCodes.InvalidQuery, (await Assert.ThrowsAsync<GraphStoreException>(
            () => temp.Store.GetRelatedDocumentsAsync("doc-1", -1))).Code);
        Assert.Equal(ErrorCodes.InvalidQuery, (await Assert.ThrowsAsync<GraphStoreException>(
            () => temp.Store.GetRelatedEntitiesAsync("", 5))).Code);
        Assert.Equal(ErrorCodes.InvalidTag, (await Assert.ThrowsAsync<GraphStoreException>(
            () => temp.Store.SetTagAsync("doc-1", "  ", true))).Code);
        await Assert.ThrowsAsync<ArgumentNullException>(() => temp.Store.UpsertDocumentAsync(null!));
    }

    private static DocumentWrite SpoilMention(DocumentWrite write, Func<MentionWrite, MentionWrite> spoil) =>
        write with { Mentions = [spoil(write.Mentions[0]), .. write.Mentions.Skip(1)] };
}
