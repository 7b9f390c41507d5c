using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Matching;
using EntityGraph.Recognizers.Pipeline;

namespace EntityGraph.Recognizers.Pii;

/// <summary>
/// Names in the places letters, e-mails and forms put them: after a salutation or title ("Dear", "Guten Tag", "Bonjour",
/// "Herr", "Mme"), a closing ("Best regards,", "Cordialement,") or a label ("Patient:", "Visiteur :"): one to four
/// capitalised words, with particles such as "van", "de", "von". It complements the NER model, which may give such a
/// name another type or miss it; in the redaction profile it ranks above the model, so the name is typed PERSON.
/// </summary>
public sealed class PersonCueRecognizer : RuleRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/person-cue";

    private const double Score = 0.7;

    private static readonly string[] Common = ["Dear", "Hello", "Hi", "Mr", "Mrs", "Ms", "Dr", "Prof", "Best regards,", "Kind regards,", "Regards,", "Sincerely,", "Name:", "Patient:", "Contact:", "Visitor:", "Guest:", "Employee:", "Applicant:"];

    private static readonly FrozenDictionary<string, string[]> Cues = new Dictionary<string, string[]>
    {
        ["de"] = ["Hallo", "Guten Tag", "Sehr geehrte", "Sehr geehrter", "Liebe", "Lieber", "Herr", "Herrn", "Frau", "Mit freundlichen Grüßen,", "Viele Grüße,", "Beste Grüße,", "Patient", "Patientin", "Kunde:", "Kundin:", "Besucher:", "Besucherin:", "Mitarbeiter:", "Mitarbeiterin:"],
        ["fr"] = ["Bonjour", "Bonsoir", "Cher", "Chère", "Madame", "Monsieur", "Mme", "M.", "Mlle", "Cordialement,", "Bien à vous,", "Visiteur :", "Visiteuse :", "Patient :", "Patiente :", "Nom :", "Visiteur:", "Patient:", "Nom:"],
        ["es"] = ["Hola", "Estimado", "Estimada", "Señor", "Señora", "Sr.", "Sra.", "Don", "Doña", "Saludos,", "Atentamente,", "Un saludo,", "Paciente:", "Nombre:", "Visitante:", "Estimado/a", "Estimado(a)", "Empleado:", "Empleada:"],
        ["nl"] = ["Beste", "Geachte", "Hallo", "Dhr.", "Mevr.", "heer", "mevrouw", "Met vriendelijke groet,", "Groeten,", "Patiënt:", "Naam:", "Bezoeker:", "Medewerker:"],
        ["pt"] = ["Olá", "Caro", "Cara", "Prezado", "Prezada", "Sr.", "Sra.", "Dona", "Atenciosamente,", "Cumprimentos,", "Paciente:", "Nome:", "Visitante:", "Caro(a)", "Prezado(a)", "Funcionário:", "Funcionária:"],
        ["it"] = ["Ciao", "Caro", "Cara", "Gentile", "Egregio", "Sig.", "Sig.ra", "Cordiali saluti,", "Distinti saluti,", "Paziente:", "Nome:", "Visitatore:", "Visitatrice:", "Dipendente:"],
        ["pl"] = ["Szanowny Panie", "Szanowna Pani", "Pan", "Pani", "Dzień dobry", "Pozdrawiam,", "Z poważaniem,", "Pacjent:", "Pacjentka:", "Imię i nazwisko:", "Odwiedzający:", "Gość:", "Pracownik:"],
        ["sv"] = ["Hej", "Bästa", "Kära", "Med vänliga hälsningar,", "Vänliga hälsningar,", "Hälsningar,", "Patient:", "Namn:", "Besökare:", "Anställd:"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Regex> ByLanguage = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => RecognizerName;

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; } = [PiiTypes.Person];

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var regex = ByLanguage.GetOrAdd(LanguageTag.Primary(language), Build);
        return regex.Matches(text)
            .Select(m => m.Groups["name"])
            .Select(g => new Detection(g.Index, g.Index + g.Length, PiiTypes.Person, Score, RecognizerName))
            .ToList();
    }

    private static Regex Build(string language)
    {
        var cues = Common.Concat(Cues.GetValueOrDefault(language) ?? [])
            .OrderByDescending(c => c.Length)
            .Select(c => Regex.Escape(c).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        const string Word = @"\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{Ll}[\p{Ll}'’\-]*|\p{Lu}\p{Ll}?";
        const string Particle = @"(?:van|von|de|der|den|du|da|di|del|della|la|le|dos|das|af|bin|ibn|al)";
        var cue = "(?:" + string.Join("|", cues) + @")\.?";
        var pattern = @"(?<![\p{L}\p{N}])" + cue + @"(?:[ \t]+" + cue + @")*[ \t]*[:,]?[ \t]*\r?\n?[ \t]*"
            + @"(?<name>(?:" + Word + @")(?:[ \t]+(?:" + Particle + @"[ \t]+)*(?:" + Word + @")){0,3})(?![\p{L}\p{N}])";
        return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(RegexLimits.TimeoutMilliseconds));
    }
}
