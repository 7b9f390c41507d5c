namespace EntityGraph.PiiCorpus.Languages;

/// <summary>Phone regions, IBAN country, dates, mail and web conventions of the 'en' documents.</summary>
internal static class EnglishProfile
{
    public static LanguageProfile Create() => new()
    {
        Code = "en",
        PhoneRegions =
        [
            new("US", [P("212", 10), P("312", 10), P("415", 10), P("617", 10), P("202", 10), P("305", 10), P("512", 10), P("206", 10), P("303", 10), P("404", 10), P("646", 10), P("713", 10)]),
            new("GB", [P("77", 10), P("78", 10), P("79", 10), P("74", 10), P("75", 10), P("207", 10), P("208", 10), P("161", 10), P("121", 10), P("131", 10), P("113", 10)]),
        ],
        IbanCountry = "GB",
        MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        DatePatterns = ["d MMMM yyyy", "MMMM d, yyyy", "MM/dd/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d MMMM yyyy", "yyyy-MM-dd HH:mm"],
        MailProviders = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "btinternet.com", "icloud.com", "aol.com"],
        CompanyDomains = ["northwind-logistics.com", "brightwater-energy.co.uk", "cedarhealth.org", "harbourview-dental.co.uk", "pinecrest-insurance.com", "kestrel-software.io", "oakfield-payroll.com", "mapleton-council.gov.uk"],
        UrlPaths = ["/contact", "/account/billing", "/support/ticket/48213", "/careers/apply?id=7731", "/patients/portal", "/invoices/2024/INV-5521.pdf", "/help/reset-password"],
        RoleMailboxes = ["info", "support", "billing", "hr", "accounts"],
    };

    private static PhonePattern P(string prefix, int length) => new(prefix, length);
}
