using EntityGraph.Storage;

namespace EntityGraph.Grains.Jobs;

/// <summary>Checks an ingest job request before anything is stored; every violation is INVALID_INPUT.</summary>
public static class IngestJobRules
{
    /// <summary>Most documents in flight at once for one job.</summary>
    public const int MaxParallelism = 64;

    /// <summary>Rejects neither or both of paths and documents, blank paths, documents without id, duplicate ids and bad options.</summary>
    public static void Validate(IngestJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hasPaths = request.Paths is { Count: > 0 };
        var hasDocuments = request.Documents is { Count: > 0 };
        if (hasPaths == hasDocuments)
        {
            throw Invalid("An ingest job takes either paths or documents (one of the two, not empty).");
        }

        if (request.Paths?.Any(string.IsNullOrWhiteSpace) == true)
        {
            throw Invalid("A job's paths must not be blank.");
        }

        if (request.Documents is { } documents)
        {
            var duplicate = documents.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (documents.Any(d => string.IsNullOrWhiteSpace(d.Id)))
            {
                throw Invalid("Every document of a job needs an id.");
            }

            if (duplicate is not null)
            {
                throw Invalid($"The document id '{duplicate.Key}' appears more than once in the job.");
            }
        }

        var options = request.Options ?? throw Invalid("A job needs its options.");
        if (options.Parallelism is < 1 or > MaxParallelism)
        {
            throw Invalid($"A job's parallelism must be 1-{MaxParallelism} (was {options.Parallelism}).");
        }

        if (options.Domain is not null && !DomainRules.IsValid(options.Domain))
        {
            throw Invalid(DomainRules.Describe(options.Domain));
        }
    }

    private static EntityGraphException Invalid(string message) => new(ErrorCodes.InvalidInput, message);
}
