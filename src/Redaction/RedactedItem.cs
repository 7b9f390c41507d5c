namespace EntityGraph.Redaction;

/// <summary>One span of the input and what replaced it.</summary>
/// <param name="Type">The entity type (of the highest-confidence detection when several overlapped).</param>
/// <param name="Operator">The operator's name, e.g. "mask".</param>
/// <param name="Score">The confidence of the detection the type came from.</param>
/// <param name="Start">UTF-16 offset of the span in the input.</param>
/// <param name="End">UTF-16 offset just past the span in the input (exclusive).</param>
/// <param name="OutputStart">UTF-16 offset of the operator's output in the redacted text.</param>
/// <param name="OutputEnd">UTF-16 offset just past the operator's output in the redacted text (exclusive).</param>
/// <param name="Recognizer">The recognizer of that detection, or "propagation" for another occurrence of a detected value.</param>
/// <param name="Original">The span's original text, only when asked for; otherwise null.</param>
public sealed record RedactedItem(
    string Type,
    string Operator,
    double Score,
    int Start,
    int End,
    int OutputStart,
    int OutputEnd,
    string Recognizer,
    string? Original);
