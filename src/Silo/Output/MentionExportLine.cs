using EntityGraph.Storage;

namespace EntityGraph.Silo.Output;

/// <summary>One line of the mentions-jsonl export; offsets are UTF-16 code units into the original text.</summary>
public sealed record MentionExportLine(
    string DocumentId,
    int Start,
    int End,
    string Text,
    string Type,
    string EntityId,
    double Confidence,
    string Language)
{
    public static MentionExportLine From(MentionRecord mention) => new(
        mention.DocumentId, mention.Start, mention.End, mention.Text, mention.Type, mention.LinkedEntityId, mention.Confidence, mention.Language);
}
