using EntityGraph.Grains.Extraction;
using EntityGraph.Grains.Options;
using EntityGraph.LanguageDetect;
using EntityGraph.Recognizers;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Redaction;
using EntityGraph.Redaction.Configuration;
using EntityGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace EntityGraph.Grains.Redaction;

/// <summary>
/// Stateless PII redaction: with models, detection goes through <see cref="IExtractionGrain.DetectAsync"/> with the
/// "redaction" profile, so language parts reach the silos that host their models as in extraction; without models the
/// "redaction-rules" profile runs right here, off the grain scheduler (no model, so no placement to respect). The
/// <see cref="Redactor"/> then applies the configured operators, overridden per type by the request. Keys and salts
/// are this silo's configuration, the same on every silo of a cluster.
/// </summary>
[StatelessWorker]
public sealed class RedactionGrain(
    RecognizerPipeline pipeline,
    Redactor redactor,
    ILanguageDetector detector,
    IOptions<IngestOptions> ingestOptions,
    IServiceProvider services) : Grain, IRedactionGrain
{
    public async Task<IReadOnlyList<RedactionBatchResult>> RedactManyAsync(IReadOnlyList<RedactionRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return await Task.WhenAll(requests.Select(async request =>
        {
            try
            {
                return new RedactionBatchResult(await RedactAsync(request, cancellationToken));
            }
            catch (EntityGraphException failed)
            {
                return new RedactionBatchResult(null, failed.Code, failed.Message);
            }
        }));
    }

    public async Task<RedactionOutcome> RedactAsync(RedactionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profile = request.UseModels ? ProfileNames.Redaction : ProfileNames.RedactionRules;
        var types = CheckTypes(request.Types, pipeline.Profile(profile).Types);
        var operators = OperatorChoices.ToSpecs(request.Operators);
        if (request.UseModels)
        {
            var (language, detections) = await DetectWithModelsAsync(request, profile, types, cancellationToken);
            return await Task.Run(() => Apply(request, language, detections, operators), cancellationToken);
        }

        return await Task.Run(
            async () =>
            {
                var (language, detections) = await DetectWithRulesAsync(request, types, cancellationToken);
                return Apply(request, language, detections, operators);
            },
            cancellationToken);
    }

    public Task<string> DecryptAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        SpanDecryptor decryptor;
        try
        {
            decryptor = services.GetRequiredService<SpanDecryptor>();
        }
        catch (InvalidOperationException missing)
        {
            throw new EntityGraphException(ErrorCodes.RedactionNotConfigured, missing.Message);
        }

        return Task.FromResult(decryptor.Decrypt(text));
    }

    public Task<IReadOnlyList<string>> TypesAsync(bool useModels, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(
            pipeline.Profile(useModels ? ProfileNames.Redaction : ProfileNames.RedactionRules).Types.Order(StringComparer.Ordinal).ToList());

    /// <summary>The operators applied to the detections (CPU work: it runs on the thread pool, not in the grain's turn).</summary>
    private RedactionOutcome Apply(RedactionRequest request, string language, IReadOnlyList<Detection> detections, IReadOnlyDictionary<string, OperatorSpec>? operators)
    {
        RedactionResult result;
        try
        {
            result = redactor.Redact(request.Text, detections, operators, request.IncludeOriginal);
        }
        catch (RedactionRequestException invalid)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, invalid.Message);
        }
        catch (InvalidOperationException missing)
        {
            throw new EntityGraphException(ErrorCodes.RedactionNotConfigured, missing.Message);
        }

        var items = result.Items
            .Select(i => new RedactionItem(i.Type, i.Operator, i.Score, i.Start, i.End, i.OutputStart, i.OutputEnd, i.Recognizer, i.Original))
            .ToList();
        return new RedactionOutcome(result.Text, language, items);
    }

    private async Task<(string Language, IReadOnlyList<Detection> Detections)> DetectWithModelsAsync(
        RedactionRequest request, string profile, IReadOnlyList<string>? types, CancellationToken cancellationToken)
    {
        var detected = await GrainFactory.GetGrain<IExtractionGrain>(0).DetectAsync(
            request.Text, request.Language, new RecognitionOptions(request.Accuracy, null, profile, types), cancellationToken);
        return (detected.Language, detected.Entities.Select(e => new Detection(e.Start, e.End, e.Type, e.Confidence, e.ModelId)).ToList());
    }

    /// <summary>The rules-only profile over each language part of the text, offsets shifted back into the whole text.</summary>
    private async Task<(string Language, IReadOnlyList<Detection> Detections)> DetectWithRulesAsync(
        RedactionRequest request, IReadOnlyList<string>? types, CancellationToken cancellationToken)
    {
        var text = TextInputValidator.ValidateText(request.Text, ingestOptions.Value);
        var segments = LanguageSegmenter.Split(text, TextInputValidator.ValidateLanguage(request.Language), detector);
        var wanted = types?.ToHashSet(StringComparer.Ordinal);
        var detections = new List<Detection>();
        foreach (var segment in segments)
        {
            var part = segment.Start == 0 && segment.End == text.Length ? text : text[segment.Start..segment.End];
            var found = await pipeline.RecognizeAsync(new RecognitionRequest(part, segment.Language, null, wanted), ProfileNames.RedactionRules, cancellationToken);
            detections.AddRange(found.Select(d => d with { Start = d.Start + segment.Start, End = d.End + segment.Start }));
        }

        return (LanguageSegmenter.Dominant(segments).Language, detections);
    }

    private static IReadOnlyList<string>? CheckTypes(IReadOnlyList<string>? requested, IReadOnlyCollection<string> known)
    {
        if (requested is null)
        {
            return null;
        }

        var types = requested.Select(t => (t ?? "").Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var unknown = types.Where(t => !known.Contains(t)).ToList();
        return unknown.Count == 0
            ? types
            : throw new EntityGraphException(ErrorCodes.InvalidInput, $"Unknown entity type(s) {string.Join(", ", unknown.Select(t => $"'{t}'"))}; redaction knows {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
    }
}
