namespace EntityGraph.Ner;

/// <summary>
/// A deployment's choice of models for one language (EntityGraph:Ner:Routes:LANG:Best / :Fast), replacing the
/// manifest's route for the tiers it names.
/// </summary>
public sealed class RouteOverride
{
    public string? Best { get; set; }

    public string? Fast { get; set; }
}
