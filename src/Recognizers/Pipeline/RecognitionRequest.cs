namespace EntityGraph.Recognizers.Pipeline;

/// <summary>A text to run through a recognizer pipeline.</summary>
/// <param name="Text">The text; detections are UTF-16 offsets into it.</param>
/// <param name="Language">A language tag such as "de" or "pt-BR"; only the primary subtag matters to the rules.</param>
/// <param name="ModelId">The NER model routing chose for this text; the "model" recognizer runs it (null: no model runs).</param>
/// <param name="Types">Only these types (after the profile's renames) are kept, before conflicts are resolved; null keeps every type.</param>
public sealed record RecognitionRequest(string Text, string Language, string? ModelId = null, IReadOnlySet<string>? Types = null);
