namespace EntityGraph.PiiCorpus.Languages;

/// <summary>Phone regions, IBAN country, dates, mail and web conventions of the 'de' documents.</summary>
internal static class GermanProfile
{
    public static LanguageProfile Create() => new()
    {
        Code = "de",
        PhoneRegions =
        [
            new("DE", [P("151", 11), P("152", 11), P("157", 11), P("160", 10), P("170", 10), P("171", 10), P("172", 10), P("176", 11), P("30", 10), P("89", 10), P("40", 10), P("69", 10), P("221", 10), P("711", 10)]),
        ],
        IbanCountry = "DE",
        MonthNames = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        DatePatterns = ["d. MMMM yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "dd.MM.yyyy HH:mm"],
        MailProviders = ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de", "outlook.de"],
        CompanyDomains = ["mueller-bau.de", "stadtwerke-lindenau.de", "praxis-dr-hoffmann.de", "kanzlei-becker.de", "autohaus-schmitt.de", "sparkasse-musterstadt.de", "techniker-service.de"],
        UrlPaths = ["/kontakt", "/impressum", "/kundenportal/rechnungen", "/termin-buchen", "/karriere/bewerbung?id=3391", "/service/formulare/sepa-mandat.pdf"],
        RoleMailboxes = ["info", "kontakt", "buchhaltung", "personal", "service"],
    };

    private static PhonePattern P(string prefix, int length) => new(prefix, length);
}
