namespace EntityGraph.Recognizers.Dates;

/// <summary>
/// A textual date pattern with placeholders: {D} day, {Y} year, {M} any month form, {MF} full month names only.
/// </summary>
internal sealed record DateTemplate(DateShape Shape, string Pattern);
