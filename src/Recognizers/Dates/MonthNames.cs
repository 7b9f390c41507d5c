namespace EntityGraph.Recognizers.Dates;

/// <summary>Month-name tables (nominative and the inflected forms dates use), per language.</summary>
internal static class MonthNames
{
    public static readonly MonthNameTable English = new("en",
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep|sept", "oct", "nov", "dec"]);

    public static readonly MonthNameTable German = new("de",
        ["januar|jänner", "februar|feber", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ["jan", "feb|febr", "mär|mrz", "apr", "", "jun", "jul", "aug", "sep|sept", "okt", "nov", "dez"]);

    public static readonly MonthNameTable French = new("fr",
        ["janvier", "février|fevrier", "mars", "avril", "mai", "juin", "juillet", "août|aout", "septembre", "octobre", "novembre", "décembre|decembre"],
        ["janv", "févr|fevr|fév", "", "avr", "", "", "juil", "", "sept", "oct", "nov", "déc"]);

    public static readonly MonthNameTable Spanish = new("es",
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre", "octubre", "noviembre", "diciembre"],
        ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep|sept|set", "oct", "nov", "dic"]);

    public static readonly MonthNameTable Dutch = new("nl",
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ["jan", "feb", "mrt", "apr", "", "jun", "jul", "aug", "sep|sept", "okt", "nov", "dec"]);

    public static readonly MonthNameTable Portuguese = new("pt",
        ["janeiro", "fevereiro", "março|marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]);

    public static readonly MonthNameTable Italian = new("it",
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]);

    /// <summary>Polish: nominative (marzec 2024), genitive (15 marca 2024) and locative (w marcu 2024).</summary>
    public static readonly MonthNameTable Polish = new("pl",
        ["styczeń|stycznia|styczniu", "luty|lutego|lutym", "marzec|marca|marcu", "kwiecień|kwietnia|kwietniu", "maj|maja|maju",
         "czerwiec|czerwca|czerwcu", "lipiec|lipca|lipcu", "sierpień|sierpnia|sierpniu", "wrzesień|września|wrześniu",
         "październik|października|październiku", "listopad|listopada|listopadzie", "grudzień|grudnia|grudniu"],
        ["sty", "lut", "mar", "kwi", "", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]);

    /// <summary>Russian: nominative (март 2024), genitive (15 марта 2024) and prepositional (в марте 2024).</summary>
    public static readonly MonthNameTable Russian = new("ru",
        ["январь|января|январе", "февраль|февраля|феврале", "март|марта|марте", "апрель|апреля|апреле", "май|мая|мае",
         "июнь|июня|июне", "июль|июля|июле", "август|августа|августе", "сентябрь|сентября|сентябре",
         "октябрь|октября|октябре", "ноябрь|ноября|ноябре", "декабрь|декабря|декабре"],
        ["янв", "фев|февр", "мар", "апр", "", "июн", "июл", "авг", "сен|сент", "окт", "ноя|нояб", "дек"]);

    /// <summary>Arabic: Egyptian/Gulf transliterations, Levantine (Syriac) names and the Maghreb variants.</summary>
    public static readonly MonthNameTable Arabic = new("ar",
        ["يناير|جانفي|كانون الثاني", "فبراير|فيفري|شباط", "مارس|آذار", "أبريل|ابريل|إبريل|أفريل|نيسان", "مايو|ماي|أيار",
         "يونيو|يونيه|جوان|حزيران", "يوليو|يوليه|جويلية|يوليوز|تموز", "أغسطس|اغسطس|أوت|غشت|آب", "سبتمبر|شتنبر|أيلول",
         "أكتوبر|اكتوبر|تشرين الأول", "نوفمبر|نونبر|تشرين الثاني", "ديسمبر|دجنبر|كانون الأول"],
        ["", "", "", "", "", "", "", "", "", "", "", ""]);
}
