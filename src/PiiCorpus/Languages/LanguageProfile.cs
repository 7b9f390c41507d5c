namespace EntityGraph.PiiCorpus.Languages;

/// <summary>Everything about a language that value generators need besides names and sentence templates.</summary>
internal sealed record LanguageProfile
{
    /// <summary>Language code (en, de, …).</summary>
    public required string Code { get; init; }

    /// <summary>Regions whose phone numbers appear in this language.</summary>
    public required IReadOnlyList<PhoneRegion> PhoneRegions { get; init; }

    /// <summary>The country of most IBANs in this language.</summary>
    public required string IbanCountry { get; init; }

    /// <summary>Month names January..December in the form used after a day number.</summary>
    public required IReadOnlyList<string> MonthNames { get; init; }

    /// <summary>Date patterns (tokens yyyy, yy, MMMM, MM, M, dd, d, HH, mm; text in single quotes is literal).</summary>
    public required IReadOnlyList<string> DatePatterns { get; init; }

    /// <summary>Mail providers people of this language use privately.</summary>
    public required IReadOnlyList<string> MailProviders { get; init; }

    /// <summary>Company and organisation domains (for business mail addresses and URLs).</summary>
    public required IReadOnlyList<string> CompanyDomains { get; init; }

    /// <summary>URL paths typical of sites in this language.</summary>
    public required IReadOnlyList<string> UrlPaths { get; init; }

    /// <summary>Local parts of role mail addresses (info, kontakt, …).</summary>
    public required IReadOnlyList<string> RoleMailboxes { get; init; }
}
