namespace EntityGraph.Grains.Tests.Fixtures;

/// <summary>Builds annotated documents by finding each (surface, type) in order in the text.</summary>
public static class Annotated
{
    public static DocumentInput Document(string id, string language, string text, params (string Surface, string Type)[] mentions)
    {
        var list = new List<MentionInput>();
        var at = 0;
        foreach (var (surface, type) in mentions)
        {
            var start = text.IndexOf(surface, at, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{surface}' does not occur after offset {at} in '{text}'.");
            }

            list.Add(new MentionInput(start, start + surface.Length, type));
            at = start + surface.Length;
        }

        return new DocumentInput(id, text, language, Mentions: list);
    }
}
