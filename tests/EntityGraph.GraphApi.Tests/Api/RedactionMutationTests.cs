using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>
/// redact, decrypt, redactionTypes and ingestDocument(redact) over real HTTP, through the real grains, the tiny test model
/// (ALL-CAPS words ORG, Title-case words PER) and the PII recognizers.
/// </summary>
[Collection(PipelineGraphCollection.Name)]
public sealed class RedactionMutationTests(PipelineGraphFixture fixture)
{
    private const string Text = "ACME hired Anna, account GB82 WEST 1234 5698 7654 32, mail anna@example.com.";

    private const string Redact = """
        mutation Redact($text: String!, $types: [String!], $operators: [RedactionOperatorInput!], $includeOriginal: Boolean, $useModels: Boolean) {
          redact(text: $text, language: "en", types: $types, operators: $operators, includeOriginal: $includeOriginal, useModels: $useModels) {
            text language
            items { type operator score start end outputStart outputEnd recognizer original }
          }
        }
        """;

    [Fact]
    public async Task Redacts_model_entities_and_validated_identifiers_with_the_default_operator()
    {
        var data = await fixture.Client.QueryAsync(Redact, new { text = Text });

        var redaction = data.GetProperty("redact");
        Assert.Equal("<ORGANIZATION> hired <PERSON>, account <IBAN>, mail <EMAIL>.", redaction.GetProperty("text").GetString());
        JsonAssert.Equivalent("""
            [ { "type": "ORGANIZATION", "operator": "replace", "start": 0, "end": 4, "outputStart": 0, "outputEnd": 14, "recognizer": "tiny-casing", "original": null },
              { "type": "PERSON", "operator": "replace", "start": 11, "end": 15, "outputStart": 21, "outputEnd": 29, "recognizer": "tiny-casing", "original": null },
              { "type": "IBAN", "operator": "replace", "start": 25, "end": 52, "outputStart": 39, "outputEnd": 45, "recognizer": "pii/iban", "original": null },
              { "type": "EMAIL", "operator": "replace", "start": 59, "end": 75, "outputStart": 52, "outputEnd": 59, "recognizer": "rules/email", "original": null } ]
            """, WithoutProperty(redaction.GetProperty("items"), "score"));
        AssertOffsets(Text, redaction);
    }

    [Fact]
    public async Task Operators_per_type_mask_hash_number_and_keep()
    {
        var operators = new object[]
        {
            new { type = "IBAN", @operator = "mask", maskChar = "#", maskCount = 20 },
            new { type = "EMAIL", @operator = "hash" },
            new { type = "PERSON", @operator = "replace", numbered = true },
            new { type = "ORGANIZATION", @operator = "keep" },
        };

        var first = (await fixture.Client.QueryAsync(Redact, new { text = Text, operators })).GetProperty("redact");
        var second = (await fixture.Client.QueryAsync(Redact, new { text = Text, operators })).GetProperty("redact");

        var text = first.GetProperty("text").GetString()!;
        Assert.StartsWith("ACME hired <PERSON_1>, account ####################7654 32, mail ", text, StringComparison.Ordinal);
        var hash = text["ACME hired <PERSON_1>, account ####################7654 32, mail ".Length..^1];
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(text, second.GetProperty("text").GetString());
        Assert.DoesNotContain("anna@example.com", text, StringComparison.OrdinalIgnoreCase);
        AssertOffsets(Text, first);
    }

    [Fact]
    public async Task Encrypted_spans_decrypt_back_to_the_input_byte_for_byte()
    {
        const string input = "Überweisung an Zoë: IBAN DE89 3704 0044 0532 0130 00 – danke! 😀";
        var operators = new object[] { new { type = "DEFAULT", @operator = "encrypt" } };
        var redacted = (await fixture.Client.QueryAsync(Redact, new { text = input, operators, useModels = false })).GetProperty("redact");
        var text = redacted.GetProperty("text").GetString()!;
        Assert.DoesNotContain("DE89", text, StringComparison.Ordinal);
        Assert.Contains("[ENC:", text, StringComparison.Ordinal);

        var decrypted = await fixture.Client.QueryAsync("mutation($text: String!) { decrypt(text: $text) }", new { text });

        Assert.Equal(input, decrypted.GetProperty("decrypt").GetString());
    }

    [Fact]
    public async Task Types_filter_and_rules_only_and_include_original()
    {
        var onlyIban = (await fixture.Client.QueryAsync(Redact, new { text = Text, types = new[] { "iban" }, includeOriginal = true })).GetProperty("redact");
        var rulesOnly = (await fixture.Client.QueryAsync(Redact, new { text = Text, useModels = false })).GetProperty("redact");
        var types = await fixture.Client.QueryAsync("{ withModels: redactionTypes rulesOnly: redactionTypes(useModels: false) }");

        Assert.Equal("ACME hired Anna, account <IBAN>, mail anna@example.com.", onlyIban.GetProperty("text").GetString());
        Assert.Equal("GB82 WEST 1234 5698 7654 32", onlyIban.GetProperty("items")[0].GetProperty("original").GetString());
        Assert.Equal("ACME hired Anna, account <IBAN>, mail <EMAIL>.", rulesOnly.GetProperty("text").GetString());
        var withModels = types.GetProperty("withModels").EnumerateArray().Select(t => t.GetString()).ToList();
        var withoutModels = types.GetProperty("rulesOnly").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("PERSON", withModels);
        Assert.DoesNotContain("PERSON", withoutModels);
        Assert.Contains("DE_TAX_ID", withoutModels);
        Assert.DoesNotContain("MISC", withModels);
    }

    [Theory]
    [InlineData("""{ "types": ["SHOE_SIZE"] }""", "INVALID_INPUT", "SHOE_SIZE")]
    [InlineData("""{ "operators": [{ "type": "IBAN", "operator": "shred" }] }""", "INVALID_INPUT", "shred")]
    [InlineData("""{ "operators": [{ "type": "IBAN", "operator": "mask", "maskCount": -1 }] }""", "INVALID_INPUT", "MaskCount")]
    [InlineData("""{ "operators": [{ "type": "IBAN", "operator": "mask", "maskChar": "##" }] }""", "INVALID_INPUT", "MaskChar")]
    public async Task Bad_requests_are_refused_with_a_code(string extra, string code, string mentioned)
    {
        var variables = JsonSerializer.Deserialize<Dictionary<string, object?>>(extra)!;
        variables["text"] = Text;

        var response = await fixture.Client.PostAsync(Redact, variables);

        Assert.Equal([code], response.ErrorCodes);
        Assert.Contains(mentioned, response.Errors[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ingest_with_redact_stores_only_the_redacted_text()
    {
        var data = await fixture.Client.QueryAsync("""
            mutation($input: IngestDocumentInput!) {
              ingestDocument(input: $input) { document { id title text mentions { text type } } }
            }
            """, new { input = new { id = "redacted-1", text = "Anna paid with 4111 1111 1111 1111 yesterday.", title = "Anna", language = "en", redact = true } });

        var document = data.GetProperty("ingestDocument").GetProperty("document");
        Assert.Equal("<PERSON> paid with <CREDIT_CARD> yesterday.", document.GetProperty("text").GetString());
        Assert.Equal("<PERSON>", document.GetProperty("title").GetString());
        var stored = (await fixture.Store.GetDocumentsAsync(["redacted-1"]))["redacted-1"];
        Assert.DoesNotContain("4111", stored.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna", stored.Text + stored.Title, StringComparison.Ordinal);
    }

    private static void AssertOffsets(string input, JsonElement redaction)
    {
        var output = redaction.GetProperty("text").GetString()!;
        var previousEnd = 0;
        foreach (var item in redaction.GetProperty("items").EnumerateArray())
        {
            var start = item.GetProperty("start").GetInt32();
            var end = item.GetProperty("end").GetInt32();
            Assert.InRange(start, previousEnd, input.Length);
            Assert.Equal(input[previousEnd..start], output[(item.GetProperty("outputStart").GetInt32() - (start - previousEnd))..item.GetProperty("outputStart").GetInt32()]);
            previousEnd = end;
        }
    }

    private static JsonElement WithoutProperty(JsonElement array, string name) =>
        JsonSerializer.SerializeToElement(array.EnumerateArray()
            .Select(e => e.EnumerateObject().Where(p => p.Name != name).ToDictionary(p => p.Name, p => p.Value))
            .ToList());
}
