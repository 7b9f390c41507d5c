namespace EntityGraph.PiiCorpus.Languages;

/// <summary>Phone regions, IBAN country, dates, mail and web conventions of the 'pl' documents.</summary>
internal static class PolishProfile
{
    public static LanguageProfile Create() => new()
    {
        Code = "pl",
        PhoneRegions =
        [
            new("PL", [P("50", 9), P("51", 9), P("53", 9), P("57", 9), P("60", 9), P("66", 9), P("69", 9), P("72", 9), P("78", 9), P("79", 9), P("88", 9), P("22", 9), P("12", 9), P("61", 9), P("71", 9), P("58", 9)]),
        ],
        IbanCountry = "PL",
        MonthNames = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        DatePatterns = ["d MMMM yyyy", "dd.MM.yyyy", "d MMMM yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "dd.MM.yyyy HH:mm"],
        MailProviders = ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
        CompanyDomains = ["kowalski-serwis.pl", "przychodnia-zdrowie.pl", "urzad-gminy-lipowo.pl", "nowak-transport.pl", "biuro-rachunkowe-wisniewski.pl", "sklep-zielinski.pl"],
        UrlPaths = ["/kontakt", "/strefa-klienta/faktury", "/rejestracja-wizyty", "/kariera/aplikuj?id=2290", "/regulamin", "/dokumenty/umowa.pdf"],
        RoleMailboxes = ["biuro", "kontakt", "ksiegowosc", "kadry", "obsluga.klienta"],
    };

    private static PhonePattern P(string prefix, int length) => new(prefix, length);
}
