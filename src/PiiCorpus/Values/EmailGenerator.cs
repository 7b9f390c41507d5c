namespace EntityGraph.PiiCorpus.Values;

/// <summary>Private and business mail addresses built from the language's names, mail providers and company domains.</summary>
internal sealed class EmailGenerator : ValueGenerator
{
    public override string Type => PiiTypes.Email;

    public override string Generate(ValueContext context)
    {
        var random = context.Random;
        var person = context.Persons.PickBuiltIn(random);
        var first = AsciiFolding.Fold(person.First, context.Language);
        var last = AsciiFolding.Fold(person.Last, context.Language);
        var business = random.Next(10) < 4;
        var domain = RandomText.Pick(random, business ? context.Profile.CompanyDomains : context.Profile.MailProviders);
        var local = (business ? random.Next(5) : random.Next(6)) switch
        {
            0 => $"{first}.{last}",
            1 => $"{first[0]}.{last}",
            2 => business ? RandomText.Pick(random, context.Profile.RoleMailboxes) : $"{first}{last}{random.Next(60, 100)}",
            3 => $"{first}_{last}",
            4 => $"{first[0]}{last}",
            _ => $"{first}.{last}{random.Next(1, 30)}",
        };
        return $"{local}@{domain}";
    }
}
