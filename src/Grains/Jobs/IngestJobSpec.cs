using System.Text.Json;
using System.Text.Json.Serialization;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Jobs;

/// <summary>What a stored ingest job keeps as its options (the jobs row's JSON): the paths to read, if any, and the options.</summary>
public sealed record IngestJobSpec(IReadOnlyList<string>? Paths, IngestJobOptions Options)
{
    /// <summary>The kind of job this spec belongs to.</summary>
    public const string Kind = "ingest";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The spec as the JSON object stored with the job.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a stored spec; INVALID_INPUT when it is not one.</summary>
    public static IngestJobSpec Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<IngestJobSpec>(json, Json) ?? throw new JsonException("null");
        }
        catch (JsonException invalid)
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, $"The job's options are not an ingest job's: {invalid.Message}");
        }
    }

    /// <summary>A document as the job ingests it: the job's options fill what the document leaves open, the job's actor is recorded.</summary>
    public DocumentInput Apply(DocumentInput document, string? actor)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with
        {
            Accuracy = Options.Accuracy,
            Language = document.Language ?? Options.Language,
            Domain = document.Domain ?? Options.Domain,
            Redact = document.Redact || Options.Redact,
            Actor = actor,
        };
    }

    /// <summary>A document as stored in a job item's payload.</summary>
    public static string Serialize(DocumentInput document) => JsonSerializer.Serialize(document, Json);

    /// <summary>The document of a job item's payload.</summary>
    public static DocumentInput Deserialize(string payload) =>
        JsonSerializer.Deserialize<DocumentInput>(payload, Json) ?? throw new JsonException("A job item's payload is empty.");
}
