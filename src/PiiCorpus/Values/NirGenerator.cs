namespace EntityGraph.PiiCorpus.Values;

/// <summary>
/// French NIR: sex, birth year and month, department, commune, order number and the key 97 − (number mod 97);
/// written "1 84 12 76 451 089 46" or unbroken.
/// </summary>
internal sealed class NirGenerator : ChecksumValueGenerator
{
    private static readonly string[] Departments =
        ["75", "13", "69", "31", "33", "59", "67", "44", "06", "34", "35", "92", "93", "94", "76", "38", "57", "62", "29", "14", "21", "63", "87", "51"];

    public override string Type => PiiTypes.FrNir;

    protected override string CreateValid(ValueContext context)
    {
        var random = context.Random;
        var person = context.Persons.PickBuiltIn(random);
        var birth = RandomText.Date(random, new DateOnly(1940, 1, 1), new DateOnly(2005, 12, 31));
        var number = (person.Female ? "2" : "1")
            + RandomText.Padded(birth.Year % 100, 2)
            + RandomText.Padded(birth.Month, 2)
            + RandomText.Pick(random, Departments)
            + RandomText.Number(random, 1, 990, 3)
            + RandomText.Number(random, 1, 999, 3);
        var nir = number + RandomText.Padded(Validation.FrenchNir.ComputeKey(number), 2);
        return random.Next(5) < 3 ? RandomText.Group(nir, " ", 1, 2, 2, 2, 3, 3, 2) : nir;
    }
}
