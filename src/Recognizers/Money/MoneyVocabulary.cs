namespace EntityGraph.Recognizers.Money;

/// <summary>Regex fragments for currencies and magnitudes, shared by the money patterns of every number style.</summary>
internal static class MoneyVocabulary
{
    public const string Space = "[ \\u00A0\\u202F]";

    /// <summary>Symbols written before the amount: $1,200, US$ 5, €5, £2m, ₹500, R$ 10, Rs. 300.</summary>
    public const string PrefixSymbol = @"(?:(?:US|HK|NZ|Mex|[ACNSR])?\$|€|£|¥|￥|₹|₩|₽|₺|₴|₪|฿|₫|₦|₱|₨|Rs\.?)";

    /// <summary>Symbols and abbreviations written after the amount: 5.000 €, 100 zł, 1 000 руб.</summary>
    public const string SuffixSymbol = @"(?:€|£|\$|¥|￥|₽|₹|₩|₺|₴|₪|₫|(?:zł|Kč|kr|руб\.?|грн\.?|р\.)(?!\p{L}))";

    /// <summary>ISO 4217 codes (upper case only).</summary>
    public const string Code =
        "(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|RUB|INR|KRW|BRL|PLN|CAD|AUD|HKD|SGD|SEK|NOK|DKK|CZK|HUF|TRY|MXN|ZAR|AED|SAR|NZD" +
        "|ILS|UAH|EGP|TWD|THB|IDR|ARS|CLP|COP|NGN|KZT)";

    /// <summary>Currency names after the amount, any case: 100 euros, 10 Euro, 50 рублей, 100 dólares.</summary>
    public const string Word =
        @"(?i:dollars?|dollari|dollaro|dólar(?:es)?|dolares|euros?|pounds\s+sterling|sterling|yen|yuan|renminbi|rupees?" +
        @"|rupias?|roubles?|rubles?|rublos?|reais|pesos|francs?|francos?|franken|franchi|złotych|złote|złoty|zlotys?" +
        @"|рубл(?:ей|я|ь)|доллар(?:ов|а)?|евро|юан(?:ей|я|ь)|иен|фунт(?:ов|а)?\s+стерлингов|гривен|гривны|гривна" +
        @"|дирхам(?:ов|а)?|dirhams?|دولار|يورو|ريال|جنيه|درهم|دينار|रुपये|रुपए|रुपया|डॉलर)(?!\p{L})";

    /// <summary>Magnitude words: €5 million, 5 Mio. €, 3,5 млрд рублей, ₹500 crore; single letters only when attached (£2m, $5k).</summary>
    public const string Magnitude =
        "(?:" + Space + @"?(?i:thousand|millions?|billions?|trillions?|mn|bn|tn|mln\.?|mld\.?|mio\.?|mrd\.?|millionen|milliarden" +
        @"|milliarde|milliards?|millones|millón|mil\s+millones|mil|milhões|milhão|bilhões|bilhão|milioni|milione|miliardi" +
        @"|miliardo|miljoen|miljard|miljarden|tys\.|tysięcy|milionów|miliony|milion|miliardów|miliardy|miliard|тыс\." +
        @"|тысяч[аи]?|млн\.?|млрд\.?|трлн\.?|миллион(?:ов|а)?|миллиард(?:ов|а)?|crores?|lakhs?|cr|करो(?:ड़|ड़)|लाख|अरब)(?![\p{L}\p{M}])" +
        @"|[kKmMbB](?![\p{L}0-9]))";

    /// <summary>Between a magnitude and the currency: "millones de euros", "milioni di euro", "millions d'euros".</summary>
    public const string Connector = "(?:" + Space + "(?:de|di|of)" + Space + "|" + Space + "?d['’])";

    /// <summary>CJK amounts: 300円, 3亿元, 100万美元, 1만 원, 10,000원, 人民币100元, 三亿元.</summary>
    public const string Cjk =
        @"(?:人民币|人民幣)?(?:(?<![0-9０-９.,])[0-9０-９](?:[0-9０-９,，]*[0-9０-９])?(?:[.．][0-9０-９]+)?(?:[兆億亿万萬千百만억조천][0-9０-９]*)*" +
        @"|[一二三四五六七八九十百千两零〇]+(?:[万萬亿億兆][一二三四五六七八九十百千两零〇]*)+)\s?" +
        @"(?:美元|日元|欧元|歐元|英镑|英鎊|港元|港币|港幣|韩元|韓元|澳元|加元|卢布|盧布|元(?![素化论論首旦件])|円|圆|圓|块|원|달러|엔|유로|위안)";
}
