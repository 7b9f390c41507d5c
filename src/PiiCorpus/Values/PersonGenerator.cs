namespace EntityGraph.PiiCorpus.Values;

/// <summary>Full names (first and last) of the language, partly from an optional <see cref="Names.NameSource"/>.</summary>
internal sealed class PersonGenerator : ValueGenerator
{
    public override string Type => PiiTypes.Person;

    public override string Generate(ValueContext context) => context.Persons.PickFullName(context.Random);
}
