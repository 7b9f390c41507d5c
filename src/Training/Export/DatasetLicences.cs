using System.Globalization;
using System.Text;

namespace EntityGraph.Training.Export;

/// <summary>Licences of the corpora in shared/data/ner (from its README), for model cards.</summary>
public static class DatasetLicences
{
    private static readonly (string Key, string Licence)[] Known =
    [
        ("conll2003", "CoNLL-2003 (Reuters RCV1 / Frankfurter Rundschau text): research use under the CoNLL-2003 terms"),
        ("conll2002", "CoNLL-2002: research use, no commercial use (NLTK data README)"),
        ("wikiann", "WikiANN: no licence stated; Wikipedia text CC BY-SA"),
        ("uner-", "UNER: CC BY-SA 4.0 (PUD sets CC BY-SA 3.0)"),
        ("crossner", "CrossNER: MIT (annotations); Wikipedia text CC BY-SA"),
        ("ncbi-disease", "NCBI disease: CC BY 4.0"),
        ("bc5cdr", "BC5CDR: CC BY 4.0"),
        ("anercorp", "ANERcorp: no licence stated; upstream research use"),
        ("stockmark", "Stockmark NER Wikipedia: CC BY-SA 3.0"),
        ("hiner", "HiNER: CC BY-SA 4.0"),
        ("germeval2014", "GermEval 2014: CC BY 4.0 upstream"),
        ("sec-filings", "SEC filings NER: CC BY 3.0"),
        ("wnut17", "WNUT-17: CC BY 4.0"),
        ("weibo", "Weibo NER: annotations CC BY-SA 3.0; text under Weibo terms"),
        ("resume", "Resume NER (LatticeLSTM): no licence stated"),
    ];

    /// <summary>A card's "Data and licences" heading, one line per training file with its licence, one per dev file.</summary>
    public static void AppendSection(StringBuilder text, IEnumerable<string> trainData, IEnumerable<string> devData, Func<string, string> name, string devRole, Func<string, string>? trainNote = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("## Data and licences");
        text.AppendLine();
        foreach (var file in trainData)
        {
            text.AppendLine(c, $"- train: `{name(file)}`: {For(file)}{trainNote?.Invoke(file)}");
        }

        foreach (var file in devData)
        {
            text.AppendLine(c, $"- dev ({devRole}): `{name(file)}`");
        }
    }

    public static string For(string path)
    {
        var name = Path.GetFileName(path);
        return Known.FirstOrDefault(k => name.Contains(k.Key, StringComparison.OrdinalIgnoreCase)).Licence ?? "licence not recorded";
    }
}
