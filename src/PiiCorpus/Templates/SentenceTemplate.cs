namespace EntityGraph.PiiCorpus.Templates;

/// <summary>A parsed sentence template: literal parts and {TYPE} slots.</summary>
internal sealed class SentenceTemplate
{
    /// <summary>The slot that takes a random reference number instead of a PII value.</summary>
    public const string NumberSlot = "NUM";

    private SentenceTemplate(string source, TemplateRole role, IReadOnlyList<TemplatePart> parts)
    {
        Source = source;
        Role = role;
        Parts = parts;
        PiiSlots = [.. parts.Where(p => p.IsSlot && p.Text != NumberSlot).Select(p => p.Text)];
    }

    /// <summary>The template line as written in the data file.</summary>
    public string Source { get; }

    public TemplateRole Role { get; }

    public IReadOnlyList<TemplatePart> Parts { get; }

    /// <summary>The PII types of the slots, in order.</summary>
    public IReadOnlyList<string> PiiSlots { get; }

    /// <summary>Parses "[@open |@close ]text with {TYPE} slots"; <c>\n</c> in the text is a line break.</summary>
    public static SentenceTemplate Parse(string line)
    {
        var role = TemplateRole.Body;
        var text = line;
        if (text.StartsWith("@open ", StringComparison.Ordinal))
        {
            role = TemplateRole.Opener;
            text = text["@open ".Length..];
        }
        else if (text.StartsWith("@close ", StringComparison.Ordinal))
        {
            role = TemplateRole.Closer;
            text = text["@close ".Length..];
        }

        text = text.Replace("\\n", "\n", StringComparison.Ordinal);
        var parts = new List<TemplatePart>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            if (open < 0)
            {
                parts.Add(new TemplatePart(text[position..], IsSlot: false));
                break;
            }

            var close = text.IndexOf('}', open);
            if (close < 0)
            {
                throw new FormatException($"unclosed slot in template '{line}'");
            }

            if (open > position)
            {
                parts.Add(new TemplatePart(text[position..open], IsSlot: false));
            }

            parts.Add(new TemplatePart(text[(open + 1)..close], IsSlot: true));
            position = close + 1;
        }

        return new SentenceTemplate(line, role, parts);
    }
}
