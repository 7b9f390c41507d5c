using EntityGraph.Recognizers;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Redaction;
using EntityGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace EntityGraph.Grains.Redaction;

/// <summary>
/// Stateless PII redaction: detection goes through <see cref="IExtractionGrain.DetectAsync"/> with the "redaction"
/// profile (or "redaction-rules" without models), so language parts reach the silos that host their models as in
/// extraction; the <see cref="Redactor"/> then applies the configured operators, overridden per type by the request.
/// Keys and salts are this silo's configuration, the same on every silo of a cluster.
/// </summary>
[StatelessWorker]
public sealed class RedactionGrain(RecognizerPipeline pipeline, Redactor redactor, IServiceProvider services) : Grain, IRedactionGrain
{
    public async Task<RedactionOutcome> RedactAsync(RedactionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profile = request.UseModels ? ProfileNames.Redaction : ProfileNames.RedactionRules;
        var types = CheckTypes(request.Types, pipeline.Profile(profile).Types);
        var operators = OperatorChoices.ToSpecs(request.Operators);
        var detected = await GrainFactory.GetGrain<IExtractionGrain>(0).DetectAsync(
            request.Text, request.Language, new RecognitionOptions(request.Accuracy, null, profile, types), cancellationToken);
        var detections = detected.Entities.Select(e => new Detection(e.Start, e.End, e.Type, e.Confidence, e.ModelId)).ToList();
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
        return new RedactionOutcome(result.Text, detected.Language, items);
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
