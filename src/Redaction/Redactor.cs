using System.Text;
using EntityGraph.Recognizers;
using EntityGraph.Redaction.Configuration;
using EntityGraph.Redaction.Engine;
using EntityGraph.Redaction.Operators;

namespace EntityGraph.Redaction;

/// <summary>
/// Turns a text and its detected spans into a redacted text. Overlapping detections are merged into one span covering
/// their union; touching ones are each replaced whole; with <see cref="RedactionOptions.PropagateValues"/> the other
/// stand-alone occurrences of a detected value are redacted too. Thread-safe; keeps no state between calls.
/// </summary>
public sealed class Redactor
{
    private readonly RedactionOperators registry;
    private readonly Dictionary<string, OperatorSpec> configured;
    private readonly bool propagateValues;

    /// <summary>Uses a snapshot of <paramref name="options"/>, which must pass <see cref="RedactionOptionsValidator"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists why, without key or salt.</exception>
    public Redactor(RedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new RedactionOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new ArgumentException($"Invalid redaction options: {validation.FailureMessage}", nameof(options));
        }

        registry = new RedactionOperators(options);
        configured = options.Operators.ToDictionary(p => p.Key, p => p.Value.Copy(), StringComparer.OrdinalIgnoreCase);
        propagateValues = options.PropagateValues;
    }

    /// <summary>Redacts <paramref name="text"/>.</summary>
    /// <param name="text">The input text.</param>
    /// <param name="detections">The spans to redact (UTF-16 offsets, end exclusive); they may overlap or touch.</param>
    /// <param name="operators">
    /// Operators per entity type (or <c>DEFAULT</c>) that override the configured entries with the same key; they carry
    /// no key or salt.
    /// </param>
    /// <param name="includeOriginal">Put each span's original text in <see cref="RedactedItem.Original"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A detection is empty or outside the text.</exception>
    /// <exception cref="RedactionRequestException">A spec in <paramref name="operators"/> is invalid.</exception>
    /// <exception cref="InvalidOperationException">A chosen operator needs a key or salt that is not configured.</exception>
    public RedactionResult Redact(
        string text,
        IReadOnlyList<Detection> detections,
        IReadOnlyDictionary<string, OperatorSpec>? operators = null,
        bool includeOriginal = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);
        var resolver = new OperatorResolver(registry, configured, operators);
        var detected = SpanMerger.Check(text, detections);
        var spans = SpanMerger.Merge(detected);
        if (propagateValues && spans.Count > 0)
        {
            spans.AddRange(ValuePropagator.Propagate(text, spans, detected));
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        var resolved = spans.Select(span => resolver.Resolve(span.Type)).ToList();
        var context = new OperatorContext();
        var output = new StringBuilder(text.Length);
        var items = new List<RedactedItem>(spans.Count);
        var copied = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var (redactionOperator, spec) = resolved[i];
            var original = text[span.Start..span.End];
            output.Append(text, copied, span.Start - copied);
            var outputStart = output.Length;
            output.Append(redactionOperator.Apply(original, span.Type, spec, context));
            items.Add(new RedactedItem(
                span.Type,
                redactionOperator.Name,
                span.Score,
                span.Start,
                span.End,
                outputStart,
                output.Length,
                span.Recognizer,
                includeOriginal ? original : null));
            copied = span.End;
        }

        output.Append(text, copied, text.Length - copied);
        return new RedactionResult(output.ToString(), items);
    }
}
