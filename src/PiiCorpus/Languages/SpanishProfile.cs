namespace EntityGraph.PiiCorpus.Languages;

/// <summary>Phone regions, IBAN country, dates, mail and web conventions of the 'es' documents.</summary>
internal static class SpanishProfile
{
    public static LanguageProfile Create() => new()
    {
        Code = "es",
        PhoneRegions =
        [
            new("ES", [P("6", 9), P("7", 9), P("91", 9), P("93", 9), P("95", 9), P("96", 9), P("94", 9)]),
        ],
        IbanCountry = "ES",
        MonthNames = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        DatePatterns = ["d 'de' MMMM 'de' yyyy", "dd/MM/yyyy", "d/M/yyyy", "d 'de' MMMM 'de' yyyy", "yyyy-MM-dd", "dd/MM/yyyy HH:mm"],
        MailProviders = ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
        CompanyDomains = ["grupo-navarro.es", "clinica-santamaria.es", "ayto-villanueva.es", "seguros-ortega.es", "inmobiliaria-delsol.es", "talleres-garcia.es"],
        UrlPaths = ["/contacto", "/area-clientes/facturas", "/aviso-legal", "/cita-previa", "/empleo/solicitud?id=5512", "/documentos/contrato.pdf"],
        RoleMailboxes = ["info", "contacto", "administracion", "rrhh", "atencion.cliente"],
    };

    private static PhonePattern P(string prefix, int length) => new(prefix, length);
}
