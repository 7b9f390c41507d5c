namespace EntityGraph.PiiCorpus.Languages;

/// <summary>Phone regions, IBAN country, dates, mail and web conventions of the 'it' documents.</summary>
internal static class ItalianProfile
{
    public static LanguageProfile Create() => new()
    {
        Code = "it",
        PhoneRegions =
        [
            new("IT", [P("320", 10), P("328", 10), P("333", 10), P("338", 10), P("340", 10), P("347", 10), P("349", 10), P("366", 10), P("393", 10), P("06", 10), P("02", 10), P("011", 10), P("055", 10), P("081", 10)]),
        ],
        IbanCountry = "IT",
        MonthNames = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        DatePatterns = ["d MMMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "d MMMM yyyy", "yyyy-MM-dd", "dd/MM/yyyy HH:mm"],
        MailProviders = ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it", "hotmail.it"],
        CompanyDomains = ["studio-rossi.it", "comune-di-valleverde.it", "clinica-sanmarco.it", "ferramenta-bianchi.it", "assicurazioni-romano.it", "trasporti-greco.it"],
        UrlPaths = ["/contatti", "/area-clienti/fatture", "/prenotazioni", "/lavora-con-noi?id=6621", "/privacy", "/documenti/modulo-sepa.pdf"],
        RoleMailboxes = ["info", "segreteria", "amministrazione", "ufficio.personale", "assistenza"],
    };

    private static PhonePattern P(string prefix, int length) => new(prefix, length);
}
