namespace EntityGraph.PiiCorpus.Languages;

/// <summary>Phone regions, IBAN country, dates, mail and web conventions of the 'pt' documents.</summary>
internal static class PortugueseProfile
{
    public static LanguageProfile Create() => new()
    {
        Code = "pt",
        PhoneRegions =
        [
            new("PT", [P("91", 9), P("92", 9), P("93", 9), P("96", 9), P("21", 9), P("22", 9), P("25", 9)]),
            new("BR", [P("119", 11), P("219", 11), P("319", 11), P("419", 11), P("519", 11), P("113", 10), P("213", 10), P("313", 10)]),
        ],
        IbanCountry = "PT",
        MonthNames = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        DatePatterns = ["d 'de' MMMM 'de' yyyy", "dd/MM/yyyy", "d 'de' MMMM 'de' yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "dd/MM/yyyy HH:mm"],
        MailProviders = ["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt", "uol.com.br", "bol.com.br"],
        CompanyDomains = ["clinica-sao-joao.pt", "construcoes-ferreira.pt", "camara-vilaverde.pt", "seguros-oliveira.pt", "loja-do-costa.com.br", "contabilidade-pereira.com.br"],
        UrlPaths = ["/contactos", "/area-cliente/faturas", "/marcacoes", "/recrutamento/candidatura?id=4410", "/fale-conosco", "/documentos/contrato.pdf"],
        RoleMailboxes = ["geral", "contacto", "faturacao", "rh", "apoio"],
    };

    private static PhonePattern P(string prefix, int length) => new(prefix, length);
}
