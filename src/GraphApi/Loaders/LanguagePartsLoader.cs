using EntityGraph.GraphApi.Errors;
using EntityGraph.Grains;
using EntityGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace EntityGraph.GraphApi.Loaders;

/// <summary>
/// The language parts of documents' texts (registered scoped): every text asked for in one pass of a request goes to
/// the extraction grain in one call. Needs an Orleans silo or client in the host, else SERVICE_UNAVAILABLE.
/// </summary>
public sealed class LanguagePartsLoader
{
    private readonly IServiceProvider _services;

    /// <summary>Creates the loader of one request.</summary>
    public LanguagePartsLoader(IServiceProvider services)
    {
        _services = services;
        Parts = new BatchLoader<string, IReadOnlyList<DetectedLanguagePart>>(FetchAsync, StringComparer.Ordinal);
    }

    /// <summary>Language parts by text.</summary>
    public BatchLoader<string, IReadOnlyList<DetectedLanguagePart>> Parts { get; }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<DetectedLanguagePart>>> FetchAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken)
    {
        var grains = _services.GetService<IGrainFactory>()
            ?? throw new ApiError(ErrorCodes.ServiceUnavailable, "This host runs no Orleans silo or client, so language parts cannot be detected here.");
        var ordered = texts.ToArray();
        var parts = await grains.GetGrain<IExtractionGrain>(0).SegmentAsync(ordered, cancellationToken).ConfigureAwait(false);
        return ordered.Select((text, i) => (Text: text, Parts: parts[i])).ToDictionary(pair => pair.Text, pair => pair.Parts, StringComparer.Ordinal);
    }
}
