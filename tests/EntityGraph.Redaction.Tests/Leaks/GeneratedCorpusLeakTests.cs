using EntityGraph.PiiCorpus.Generation;
using EntityGraph.Recognizers;
using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Redaction.Configuration;
using Microsoft.Extensions.Options;

namespace EntityGraph.Redaction.Tests.Leaks;

/// <summary>
/// The leak test of issue 15 on the generated PII corpus: 2,700 documents in nine languages through the rules-only
/// redaction profile (every recognizer, the conflict policies) and the redactor, in every operator mode but keep; no
/// detected value occurs in the output, compared exactly and case-folded; and every gold value of a checksum-validated
/// type is gone too.
/// </summary>
public sealed class GeneratedCorpusLeakTests
{
    private const int DocumentsPerLanguage = 300;

    private static readonly RecognizerPipeline Pipeline = new(BuiltInRecognizers.Create(), Options.Create(new RecognizerOptions()));

    private static readonly Lazy<IReadOnlyList<(PiiCorpus.PiiDocument Document, IReadOnlyList<Detection> Detections)>> Detected = new(() =>
        new PiiCorpusGenerator(seed: 5).Generate(DocumentsPerLanguage)
            .Select(d => (d, Pipeline.RecognizeAsync(new RecognitionRequest(d.Text, d.Language), ProfileNames.RedactionRules, CancellationToken.None).GetAwaiter().GetResult()))
            .ToList());

    public static TheoryData<string, OperatorSpec> Modes => new()
    {
        { "replace", new OperatorSpec { Operator = "replace" } },
        { "replace numbered", new OperatorSpec { Operator = "replace", Numbered = true } },
        { "replace value", new OperatorSpec { Operator = "replace", Value = "[removed]" } },
        { "redact", new OperatorSpec { Operator = "redact" } },
        { "mask", new OperatorSpec { Operator = "mask", MaskChar = "*" } },
        { "hash", new OperatorSpec { Operator = "hash" } },
        { "encrypt", new OperatorSpec { Operator = "encrypt" } },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void No_detected_value_survives_redaction(string mode, OperatorSpec spec)
    {
        var redactor = new Redactor(new RedactionOptions { EncryptionKey = TestSecrets.Key, HashSalt = TestSecrets.Salt });
        var operators = new Dictionary<string, OperatorSpec> { [RedactionOptions.DefaultOperatorKey] = spec };
        var checkedValues = 0;
        foreach (var (document, detections) in Detected.Value)
        {
            var result = redactor.Redact(document.Text, detections, operators);
            foreach (var value in detections.Select(d => document.Text[d.Start..d.End]).Where(v => v.Trim().Length >= 4))
            {
                checkedValues++;
                Assert.False(result.Text.Contains(value, StringComparison.Ordinal), $"{mode}: '{value}' survives in {document.Id}: {result.Text}");
                Assert.False(result.Text.Contains(value, StringComparison.OrdinalIgnoreCase), $"{mode}: '{value}' survives case-folded in {document.Id}: {result.Text}");
            }

            foreach (var gold in document.Entities.Where(e => PiiCorpus.PiiTypes.ChecksumValidated.Contains(e.Type)))
            {
                Assert.False(result.Text.Contains(gold.Value, StringComparison.OrdinalIgnoreCase), $"{mode}: {gold.Type} '{gold.Value}' survives in {document.Id}");
            }
        }

        Assert.True(checkedValues > 4_000, $"only {checkedValues} detected values were checked");
    }
}
