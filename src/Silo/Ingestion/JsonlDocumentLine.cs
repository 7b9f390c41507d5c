using System.Text.Json.Serialization;

namespace EntityGraph.Silo.Ingestion;

/// <summary>One line of an ingest JSONL file: {"id","text","language"?,"title"?,"source"?,"tags"?,"domain"?}.</summary>
public sealed class JsonlDocumentLine
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("language")]
    public string? Language { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("tags")]
    public List<string>? Tags { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }
}
