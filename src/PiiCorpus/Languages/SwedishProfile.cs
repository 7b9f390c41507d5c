namespace EntityGraph.PiiCorpus.Languages;

/// <summary>Phone regions, IBAN country, dates, mail and web conventions of the 'sv' documents.</summary>
internal static class SwedishProfile
{
    public static LanguageProfile Create() => new()
    {
        Code = "sv",
        PhoneRegions =
        [
            new("SE", [P("70", 9), P("72", 9), P("73", 9), P("76", 9), P("79", 9), P("8", 9), P("31", 9), P("40", 9), P("18", 9)]),
        ],
        IbanCountry = "SE",
        MonthNames = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
        DatePatterns = ["d MMMM yyyy", "yyyy-MM-dd", "d MMMM yyyy", "yyyy-MM-dd", "d/M yyyy", "yyyy-MM-dd HH:mm"],
        MailProviders = ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com", "spray.se"],
        CompanyDomains = ["andersson-bygg.se", "vardcentralen-solna.se", "ekby.kommun.se", "lindqvist-redovisning.se", "bilverkstad-nilsson.se", "hyresbostader-norr.se"],
        UrlPaths = ["/kontakt", "/mina-sidor/fakturor", "/boka-tid", "/jobba-hos-oss/ansok?id=9913", "/om-oss", "/blanketter/autogiro.pdf"],
        RoleMailboxes = ["info", "kontakt", "ekonomi", "hr", "kundtjanst"],
    };

    private static PhonePattern P(string prefix, int length) => new(prefix, length);
}
