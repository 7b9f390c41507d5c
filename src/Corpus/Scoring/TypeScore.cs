namespace EntityGraph.Corpus;

/// <summary>Strict entity-level scores for one type (or micro-averaged over all). Precision, recall and F1 are in percent.</summary>
public sealed record TypeScore(double Precision, double Recall, double F1, int Support, int Predicted, int Correct)
{
    public static TypeScore From(int correct, int predicted, int support)
    {
        var precision = predicted == 0 ? 0 : 100.0 * correct / predicted;
        var recall = support == 0 ? 0 : 100.0 * correct / support;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TypeScore(precision, recall, f1, support, predicted, correct);
    }
}
