namespace EntityGraph.PiiCorpus.Languages;

/// <summary>Phone regions, IBAN country, dates, mail and web conventions of the 'nl' documents.</summary>
internal static class DutchProfile
{
    public static LanguageProfile Create() => new()
    {
        Code = "nl",
        PhoneRegions =
        [
            new("NL", [P("6", 9), P("20", 9), P("10", 9), P("30", 9), P("70", 9), P("40", 9), P("50", 9)]),
        ],
        IbanCountry = "NL",
        MonthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        DatePatterns = ["d MMMM yyyy", "dd-MM-yyyy", "d-M-yyyy", "d MMMM yyyy", "yyyy-MM-dd", "dd-MM-yyyy HH:mm"],
        MailProviders = ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "outlook.com", "xs4all.nl"],
        CompanyDomains = ["bakkerij-devries.nl", "gemeente-zuiderveen.nl", "tandarts-jansen.nl", "vanleeuwen-advocaten.nl", "fietsenwinkel-bakker.nl", "woonstichting-delta.nl"],
        UrlPaths = ["/contact", "/mijn-account/facturen", "/afspraak-maken", "/vacatures/solliciteren?id=8821", "/klantenservice", "/downloads/machtiging.pdf"],
        RoleMailboxes = ["info", "contact", "administratie", "personeelszaken", "klantenservice"],
    };

    private static PhonePattern P(string prefix, int length) => new(prefix, length);
}
