using System.Diagnostics;
using System.Globalization;
using EntityGraph.LanguageDetect.ProfileBuilder.Corpus;

namespace EntityGraph.LanguageDetect.ProfileBuilder.Evaluation;

/// <summary>Runs a detector over each language's evaluation sentences of at least a minimum length and prints accuracy.</summary>
internal static class Evaluator
{
    public static IReadOnlyList<LanguageScore> Run(ILanguageDetector detector, IReadOnlyList<LanguageCorpus> corpora, int minChars, int showErrors, TextWriter output)
    {
        var scores = new List<LanguageScore>();
        var calibration = new (int Total, int Correct)[10];
        var stopwatch = Stopwatch.StartNew();
        foreach (var corpus in corpora)
        {
            var score = new LanguageScore(corpus.Language, corpus.EvaluationSource);
            var shown = 0;
            foreach (var sentence in corpus.Evaluation.Where(s => s.Length >= minChars))
            {
                var guess = detector.Detect(sentence);
                score.Add(guess, ProseFilter.IsProse(sentence));
                var bucket = Math.Min(9, (int)(guess.Confidence * 10));
                calibration[bucket].Total++;
                calibration[bucket].Correct += guess.Language == corpus.Language ? 1 : 0;
                if (guess.Language != corpus.Language && shown++ < showErrors)
                {
                    output.WriteLine($"  miss {corpus.Language}->{guess.Language} ({guess.Confidence:F2}): {sentence}");
                }
            }

            scores.Add(score);
        }

        Print(scores, calibration, minChars, stopwatch.Elapsed, output);
        return scores;
    }

    private static void Print(List<LanguageScore> scores, (int Total, int Correct)[] calibration, int minChars, TimeSpan elapsed, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"Sentences of >= {minChars} characters");
        output.WriteLine("lang  sentences  correct  accuracy  reliable  reliable-acc   prose  prose-acc  confused with                   evaluated on");
        foreach (var s in scores)
        {
            var confusions = string.Join(" ", s.Confusions.OrderByDescending(kv => kv.Value).Take(4).Select(kv => $"{kv.Key}:{kv.Value}"));
            var reliableAccuracy = s.Reliable == 0 ? 0 : (double)s.ReliableCorrect / s.Reliable;
            output.WriteLine(string.Format(c, "{0,-4}  {1,9}  {2,7}  {3,8:P2}  {4,8:P1}  {5,12:P2}  {6,6}  {7,9:P2}  {8,-30}  {9}",
                s.Language, s.Total, s.Correct, s.Accuracy, s.Total == 0 ? 0 : (double)s.Reliable / s.Total, reliableAccuracy,
                s.ProseTotal, s.ProseAccuracy, confusions, s.Source));
        }

        var total = scores.Sum(s => s.Total);
        var correct = scores.Sum(s => s.Correct);
        var scored = scores.Where(s => s.Total > 0).ToArray();
        output.WriteLine(string.Format(c, "overall (micro, all sentences): {0}/{1} = {2:P2}", correct, total, total == 0 ? 0 : (double)correct / total));
        output.WriteLine(string.Format(c, "overall (macro, mean of languages): {0:P2}", scored.Length == 0 ? 0 : scored.Average(s => s.Accuracy)));
        var proseTotal = scores.Sum(s => s.ProseTotal);
        var proseCorrect = scores.Sum(s => s.ProseCorrect);
        output.WriteLine(string.Format(c, "prose only (>= {0} all-lowercase words, or no cased letters; micro): {1}/{2} = {3:P2}; macro {4:P2}",
            ProseFilter.MinLowercaseWords, proseCorrect, proseTotal, proseTotal == 0 ? 0 : (double)proseCorrect / proseTotal,
            scored.Length == 0 ? 0 : scored.Average(s => s.ProseAccuracy)));
        output.WriteLine("confidence calibration (bucket: sentences, accuracy):");
        for (var b = 0; b < calibration.Length; b++)
        {
            if (calibration[b].Total > 0)
            {
                output.WriteLine(string.Format(c, "  {0:F1}-{1:F1}: {2,6}  {3:P1}", b / 10.0, (b + 1) / 10.0, calibration[b].Total, (double)calibration[b].Correct / calibration[b].Total));
            }
        }

        output.WriteLine(string.Format(c, "{0} detections in {1:F1} s ({2:F0} us each)", total, elapsed.TotalSeconds, total == 0 ? 0 : elapsed.TotalMicroseconds / total));
    }
}
