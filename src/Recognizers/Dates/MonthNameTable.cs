using System.Text.RegularExpressions;

namespace EntityGraph.Recognizers.Dates;

/// <summary>
/// The month names of one language. Each of the 12 entries lists '|'-separated forms (all inflections);
/// abbreviations are kept apart because they are too ambiguous to stand next to a bare year.
/// </summary>
internal sealed class MonthNameTable
{
    private readonly Dictionary<string, int> monthByForm = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> abbreviations = new(StringComparer.OrdinalIgnoreCase);

    public MonthNameTable(string language, string[] fullForms, string[] abbreviatedForms)
    {
        if (fullForms.Length != 12 || abbreviatedForms.Length != 12)
        {
            throw new ArgumentException($"Month table '{language}' must list 12 months.", nameof(fullForms));
        }

        Language = language;
        var full = new List<string>();
        var all = new List<string>();
        for (var month = 1; month <= 12; month++)
        {
            foreach (var form in Split(fullForms[month - 1]))
            {
                monthByForm[Normalize(form)] = month;
                full.Add(form);
                all.Add(form);
            }

            foreach (var form in Split(abbreviatedForms[month - 1]))
            {
                monthByForm.TryAdd(Normalize(form), month);
                abbreviations.Add(Normalize(form));
                all.Add(form);
            }
        }

        FullAlternation = Alternation(full);
        AnyAlternation = Alternation(all);
    }

    public string Language { get; }

    /// <summary>Regex alternation of the full names (longest first, whitespace inside names made flexible).</summary>
    public string FullAlternation { get; }

    /// <summary>Regex alternation of full names and abbreviations.</summary>
    public string AnyAlternation { get; }

    public int? MonthOf(string form) => monthByForm.TryGetValue(Normalize(form), out var month) ? month : null;

    public bool IsAbbreviation(string form) => abbreviations.Contains(Normalize(form));

    private static IEnumerable<string> Split(string forms) =>
        forms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Normalize(string form) => string.Join(' ', form.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Alternation(IEnumerable<string> forms) =>
        string.Join('|', forms
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(f => f.Length)
            .Select(f => Regex.Escape(f).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
}
