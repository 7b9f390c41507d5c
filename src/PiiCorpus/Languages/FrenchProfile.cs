namespace EntityGraph.PiiCorpus.Languages;

/// <summary>Phone regions, IBAN country, dates, mail and web conventions of the 'fr' documents.</summary>
internal static class FrenchProfile
{
    public static LanguageProfile Create() => new()
    {
        Code = "fr",
        PhoneRegions =
        [
            new("FR", [P("6", 9), P("7", 9), P("1", 9), P("2", 9), P("3", 9), P("4", 9), P("5", 9)]),
        ],
        IbanCountry = "FR",
        MonthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        DatePatterns = ["d MMMM yyyy", "dd/MM/yyyy", "d MMMM yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "dd/MM/yyyy HH:mm"],
        MailProviders = ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr", "wanadoo.fr"],
        CompanyDomains = ["cabinet-dupont.fr", "boulangerie-martin.fr", "mairie-saint-ouen.fr", "assurances-leroy.fr", "clinique-des-lilas.fr", "transports-moreau.fr"],
        UrlPaths = ["/contact", "/espace-client/factures", "/mentions-legales", "/rendez-vous", "/recrutement/candidature?ref=2231", "/documents/attestation.pdf"],
        RoleMailboxes = ["contact", "accueil", "compta", "rh", "service-client"],
    };

    private static PhonePattern P(string prefix, int length) => new(prefix, length);
}
