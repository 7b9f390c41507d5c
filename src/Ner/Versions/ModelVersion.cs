namespace EntityGraph.Ner.Versions;

/// <summary>
/// A promoted model: <see cref="ModelId"/> is unique across shipped and promoted models; it serves <see cref="Language"/>
/// at <see cref="Tier"/> (best or fast), for <see cref="Domain"/> only when one is named; its files are in
/// <see cref="Path"/> under the versions folder; <see cref="DevF1"/> are the scores it was promoted on, by dev file.
/// </summary>
public sealed record ModelVersion(
    string ModelId,
    string Version,
    string Language,
    string Tier,
    string? Domain,
    string Path,
    IReadOnlyDictionary<string, double> DevF1,
    string? BaseModel,
    DateTimeOffset CreatedAt)
{
    /// <summary>The version name of the models folder's own model of a route: activating it removes any override.</summary>
    public const string Shipped = "shipped";
}
