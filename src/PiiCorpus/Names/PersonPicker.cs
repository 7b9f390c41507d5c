namespace EntityGraph.PiiCorpus.Names;

/// <summary>Draws the people of a language: built-in names, and about half the time a name from a <see cref="NameSource"/> when it has some.</summary>
internal sealed class PersonPicker(BuiltInNames builtIn, IReadOnlyList<string> extraNames)
{
    /// <summary>A built-in person (first name, surname and sex), for values derived from a name.</summary>
    public PersonName PickBuiltIn(Random random) => builtIn.Pick(random);

    /// <summary>A full name for a PERSON value.</summary>
    public string PickFullName(Random random) =>
        extraNames.Count > 0 && random.Next(2) == 0 ? extraNames[random.Next(extraNames.Count)] : builtIn.Pick(random).Full;
}
