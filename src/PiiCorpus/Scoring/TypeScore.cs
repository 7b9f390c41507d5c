namespace EntityGraph.PiiCorpus.Scoring;

/// <summary>Scores of one PII type (or of all types together, with <see cref="Type"/> "ALL").</summary>
/// <param name="Type">The PII type.</param>
/// <param name="Gold">Gold entities of the type.</param>
/// <param name="Found">Gold entities whose non-whitespace characters are all covered by predictions of the type.</param>
/// <param name="Predicted">Predicted items of the type.</param>
/// <param name="TruePositives">Predicted items overlapping a gold entity of the type.</param>
/// <param name="FalsePositives">Predicted items overlapping no gold entity of the type.</param>
/// <param name="Precision">TruePositives / Predicted (0 when nothing was predicted).</param>
/// <param name="Recall">Found / Gold (0 when there is no gold entity).</param>
/// <param name="F2">5PR / (4P + R) (0 when P and R are 0).</param>
/// <param name="Decoys">Decoys of the type.</param>
/// <param name="DecoysFlagged">Decoys overlapped by a predicted item of the decoy's type.</param>
/// <param name="DecoysOverlapped">Decoys overlapped by a predicted item of any type.</param>
public sealed record TypeScore(
    string Type,
    int Gold,
    int Found,
    int Predicted,
    int TruePositives,
    int FalsePositives,
    double Precision,
    double Recall,
    double F2,
    int Decoys,
    int DecoysFlagged,
    int DecoysOverlapped)
{
    /// <summary>Computes precision, recall and F2 from the counts.</summary>
    public static TypeScore FromCounts(string type, int gold, int found, int truePositives, int falsePositives, int decoys, int decoysFlagged, int decoysOverlapped)
    {
        var predicted = truePositives + falsePositives;
        var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        var recall = gold == 0 ? 0 : (double)found / gold;
        var f2 = 4 * precision + recall == 0 ? 0 : 5 * precision * recall / (4 * precision + recall);
        return new TypeScore(type, gold, found, predicted, truePositives, falsePositives, precision, recall, f2, decoys, decoysFlagged, decoysOverlapped);
    }
}
