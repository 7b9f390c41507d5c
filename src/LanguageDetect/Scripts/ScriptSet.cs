namespace EntityGraph.LanguageDetect.Scripts;

/// <summary>An immutable set of scripts stored as a bit mask.</summary>
internal readonly record struct ScriptSet(ulong Mask)
{
    public static ScriptSet Empty => new(0);

    public static ScriptSet Of(params ReadOnlySpan<WritingScript> scripts)
    {
        ulong mask = 0;
        foreach (var script in scripts)
        {
            mask |= 1UL << (int)script;
        }

        return new ScriptSet(mask);
    }

    public bool Contains(WritingScript script) => (Mask & (1UL << (int)script)) != 0;

    public ScriptSet With(WritingScript script) => new(Mask | (1UL << (int)script));

    public IEnumerable<WritingScript> Scripts()
    {
        foreach (var script in Enum.GetValues<WritingScript>())
        {
            if (Contains(script))
            {
                yield return script;
            }
        }
    }
}
