using System.Net;
using System.Text;
using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fuzz;

/// <summary>
/// Thousands of seeded hostile inputs into extract, ingest, redact and the GraphQL endpoint over real HTTP on 127.0.0.1:
/// every answer is a result or an error with a code from the product's table, every returned span lies inside the text
/// and matches its characters (redaction: the text between items is the input's, in place), and the server is still
/// healthy at the end.
/// </summary>
[Collection(PipelineGraphCollection.Name)]
public sealed class FuzzTests(PipelineGraphFixture fixture)
{
    private const string Extract = "mutation X($text: String!) { extract(text: $text) { entities { start end text } } }";
    private const string Ingest = "mutation I($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { text mentions { start end text } } } }";
    private const string Redact = "mutation R($text: String!, $useModels: Boolean, $operators: [RedactionOperatorInput!]) { redact(text: $text, useModels: $useModels, operators: $operators) { text items { start end outputStart outputEnd } } }";

    private static readonly object[][] OperatorChoices =
    [
        [],
        [new { type = "DEFAULT", @operator = "mask", maskChar = "#", maskCount = 3, fromEnd = true }],
        [new { type = "DEFAULT", @operator = "replace", numbered = true }],
        [new { type = "DEFAULT", @operator = "redact" }],
        [new { type = "DEFAULT", @operator = "encrypt" }],
        [new { type = "DEFAULT", @operator = "hash" }],
    ];

    private static readonly HashSet<string> KnownCodes = typeof(ErrorCodes).GetFields()
        .Where(field => field.IsLiteral).Select(field => (string)field.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public async Task Hostile_texts_through_extract_and_ingest_get_results_with_faithful_spans_or_coded_errors()
    {
        var inputs = new HostileInputs(seed: 20261207);
        for (var i = 0; i < 1200; i++)
        {
            var (recipe, text) = inputs.Text();
            var ingest = i % 4 == 0;
            var response = ingest
                ? await fixture.Client.PostAsync(Ingest, new { input = new { id = $"fuzz-{i}", text } })
                : await fixture.Client.PostAsync(Extract, new { text });
            var context = $"#{i} {recipe} via {(ingest ? "ingest" : "extract")}: {Truncate(response.ToString())}";

            Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, context);
            AssertCodes(response, context);
            if (response.Errors.Count == 0)
            {
                var (spans, stored) = ingest
                    ? (response.Data.GetProperty("ingestDocument").GetProperty("document").GetProperty("mentions"), response.Data.GetProperty("ingestDocument").GetProperty("document").GetProperty("text").GetString()!)
                    : (response.Data.GetProperty("extract").GetProperty("entities"), text);
                foreach (var span in spans.EnumerateArray())
                {
                    var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
                    Assert.True(start >= 0 && end <= stored.Length && start < end, context);
                    Assert.Equal(stored[start..end], span.GetProperty("text").GetString());
                }
            }
        }

        await AssertHealthyAsync();
    }

    [Fact]
    public async Task Hostile_texts_through_redact_keep_every_unredacted_character_in_place_or_get_coded_errors()
    {
        var inputs = new HostileInputs(seed: 15);
        for (var i = 0; i < 600; i++)
        {
            var (recipe, text) = inputs.Text();
            var response = await fixture.Client.PostAsync(Redact, new { text, useModels = i % 2 == 0, operators = OperatorChoices[i % OperatorChoices.Length] });
            var context = $"#{i} {recipe} via redact: {Truncate(response.ToString())}";

            Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, context);
            AssertCodes(response, context);
            if (response.Errors.Count > 0)
            {
                continue;
            }

            var redaction = response.Data.GetProperty("redact");
            var output = redaction.GetProperty("text").GetString()!;
            var (inputAt, outputAt) = (0, 0);
            foreach (var item in redaction.GetProperty("items").EnumerateArray())
            {
                var (start, end) = (item.GetProperty("start").GetInt32(), item.GetProperty("end").GetInt32());
                var (outStart, outEnd) = (item.GetProperty("outputStart").GetInt32(), item.GetProperty("outputEnd").GetInt32());
                Assert.True(inputAt <= start && start < end && end <= text.Length, context);
                Assert.True(outputAt <= outStart && outStart <= outEnd && outEnd <= output.Length, context);
                Assert.Equal(text[inputAt..start], output[outputAt..outStart]);
                (inputAt, outputAt) = (end, outEnd);
            }

            Assert.Equal(text[inputAt..], output[outputAt..]);
        }

        await AssertHealthyAsync();
    }

    [Fact]
    public async Task Malformed_and_abusive_request_bodies_get_4xx_errors_with_codes_and_never_a_crash()
    {
        var inputs = new HostileInputs(seed: 7);
        for (var i = 0; i < 800; i++)
        {
            var (recipe, body) = inputs.Body();
            GraphQLResponse response;
            try
            {
                response = await fixture.Client.PostRawAsync(body, "application/json");
            }
            catch (InvalidOperationException notJson)
            {
                throw new InvalidOperationException($"#{i} {recipe}: {notJson.Message}", notJson);
            }

            var context = $"#{i} {recipe}: {Truncate(response.ToString())}";

            Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, context);
            Assert.True(response.Status == HttpStatusCode.OK || response.Errors.Count > 0, context);
            AssertCodes(response, context);
        }

        await AssertHealthyAsync();
    }

    private static void AssertCodes(GraphQLResponse response, string context)
    {
        foreach (var code in response.ErrorCodes)
        {
            Assert.True(code is not null && KnownCodes.Contains(code), $"unknown or missing code '{code}' in {context}");
            Assert.NotEqual(ErrorCodes.InternalServerError, code);
        }
    }

    private async Task AssertHealthyAsync()
    {
        var statistics = await fixture.Client.QueryAsync("{ statistics { documents } }");
        Assert.Equal(JsonValueKind.Number, statistics.GetProperty("statistics").GetProperty("documents").ValueKind);
    }

    private static string Truncate(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
