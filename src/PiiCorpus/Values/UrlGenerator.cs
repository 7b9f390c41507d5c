namespace EntityGraph.PiiCorpus.Values;

/// <summary>Web addresses with https/http schemes or a bare www. host, on the language's company domains, with paths.</summary>
internal sealed class UrlGenerator : ValueGenerator
{
    private static readonly string[] Queries = ["?utm_source=newsletter", "?lang=", "?ref=mail", "#faq"];

    public override string Type => PiiTypes.Url;

    public override string Generate(ValueContext context)
    {
        var random = context.Random;
        var domain = RandomText.Pick(random, context.Profile.CompanyDomains);
        var path = RandomText.Pick(random, context.Profile.UrlPaths);
        if (!path.Contains('?', StringComparison.Ordinal) && !path.Contains('#', StringComparison.Ordinal) && random.Next(6) == 0)
        {
            var query = RandomText.Pick(random, Queries);
            path += query.EndsWith('=') ? query + context.Language : query;
        }

        return random.Next(10) switch
        {
            < 4 => $"https://www.{domain}{path}",
            < 6 => $"https://{domain}{path}",
            < 7 => $"http://www.{domain}{path}",
            _ => $"www.{domain}{path}",
        };
    }
}
