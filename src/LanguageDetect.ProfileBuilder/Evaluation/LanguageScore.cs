namespace EntityGraph.LanguageDetect.ProfileBuilder.Evaluation;

/// <summary>Accuracy on one language's evaluation sentences, with what the misses were detected as.</summary>
internal sealed class LanguageScore(string language, string source)
{
    public string Language { get; } = language;

    public string Source { get; } = source;

    public int Total { get; private set; }

    public int Correct { get; private set; }

    public int Reliable { get; private set; }

    public int ReliableCorrect { get; private set; }

    public int ProseTotal { get; private set; }

    public int ProseCorrect { get; private set; }

    public double ProseAccuracy => ProseTotal == 0 ? 0 : (double)ProseCorrect / ProseTotal;

    public Dictionary<string, int> Confusions { get; } = new(StringComparer.Ordinal);

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public void Add(LanguageGuess guess, bool prose)
    {
        Total++;
        var correct = guess.Language == Language;
        if (prose)
        {
            ProseTotal++;
            ProseCorrect += correct ? 1 : 0;
        }

        if (correct)
        {
            Correct++;
        }
        else
        {
            Confusions[guess.Language] = Confusions.GetValueOrDefault(guess.Language) + 1;
        }

        if (guess.IsReliable)
        {
            Reliable++;
            ReliableCorrect += correct ? 1 : 0;
        }
    }
}
