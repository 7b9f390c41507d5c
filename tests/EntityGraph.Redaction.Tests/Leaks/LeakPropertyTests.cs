using System.Text;
using EntityGraph.Recognizers;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests.Leaks;

/// <summary>
/// For a few hundred random texts with random, overlapping and touching spans, no detected value of 4 or more
/// characters may appear in the output of any operator other than keep.
/// </summary>
public sealed class LeakPropertyTests
{
    private const int Seed = 20240917;
    private const int Documents = 300;

    public static TheoryData<string> Modes => new(Specs.Keys);

    private static Dictionary<string, OperatorSpec> Specs { get; } = new()
    {
        ["replace"] = new() { Operator = "replace" },
        ["replace-value"] = new() { Operator = "replace", Value = "[removed]" },
        ["replace-numbered"] = new() { Operator = "replace", Numbered = true },
        ["redact"] = new() { Operator = "redact" },
        ["mask"] = new() { Operator = "mask" },
        ["mask-from-end"] = new() { Operator = "mask", MaskChar = "#", MaskCount = int.MaxValue, FromEnd = true },
        ["hash"] = new() { Operator = "hash" },
        ["encrypt"] = new() { Operator = "encrypt" },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void No_detected_value_survives_in_the_output(string mode)
    {
        var redactor = Redactors.Default(Specs[mode]);
        var random = new Random(Seed);
        var checkedValues = 0;
        var exempt = 0;
        for (var n = 0; n < Documents; n++)
        {
            var document = RandomDocument.Create(random);
            var result = redactor.Redact(document.Text, document.Detections);

            AssertEveryDetectionIsCovered(document, result);
            foreach (var detection in document.Detections.Where(d => d.Length >= 4))
            {
                var value = document.Text[detection.Start..detection.End];
                if (OccursWherePropagationMayNotReach(document, value))
                {
                    exempt++;
                    continue;
                }

                checkedValues++;
                Assert.False(
                    result.Text.Contains(value, StringComparison.Ordinal),
                    $"Document {n}: '{value}' leaked into '{result.Text}'.");
                Assert.False(
                    result.Text.Contains(value, StringComparison.OrdinalIgnoreCase),
                    $"Document {n}: '{value}' leaked (ignoring case) into '{result.Text}'.");
            }
        }

        Assert.True(checkedValues > 500, $"Only {checkedValues} values were checked.");
        Assert.True(exempt * 10 < checkedValues, $"{exempt} of {checkedValues + exempt} values were exempt.");
    }

    [Fact]
    public void The_generator_makes_overlaps_touches_repeats_and_split_surrogate_pairs()
    {
        var random = new Random(Seed);
        var documents = Enumerable.Range(0, Documents).Select(_ => RandomDocument.Create(random)).ToList();
        var redactor = Redactors.Default(Specs["replace"]);

        Assert.Contains(documents, d => d.Detections.Any(a => d.Detections.Any(b => a != b && a.Overlaps(b) && !a.Contains(b) && !b.Contains(a))));
        Assert.Contains(documents, d => d.Detections.Any(a => d.Detections.Any(b => a.End == b.Start)));
        Assert.Contains(documents, d => d.Detections.Any(a => char.IsLowSurrogate(d.Text[a.Start])));
        Assert.Contains(documents, d => redactor.Redact(d.Text, d.Detections).Items.Any(i => i.Recognizer == "propagation"));
    }

    private static void AssertEveryDetectionIsCovered(RandomDocument document, RedactionResult result)
    {
        foreach (var detection in document.Detections)
        {
            Assert.Contains(result.Items, item => item.Start <= detection.Start && detection.End <= item.End);
        }
    }

    /// <summary>
    /// True when the value also occurs, outside every detection, where propagation is documented not to act: glued to a
    /// letter or digit, overlapping a detection, or shorter than 3 characters once trimmed.
    /// </summary>
    private static bool OccursWherePropagationMayNotReach(RandomDocument document, string value)
    {
        var text = document.Text;
        for (var index = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
             index >= 0;
             index = text.IndexOf(value, index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = index + value.Length;
            if (document.Detections.Any(d => d.Start <= index && end <= d.End))
            {
                continue;
            }

            var trimmed = value.Trim();
            var trimmedStart = index + value.IndexOf(trimmed, StringComparison.Ordinal);
            var trimmedEnd = trimmedStart + trimmed.Length;
            var overlapsDetection = document.Detections.Any(d => d.Start < end && index < d.End);
            if (trimmed.Length < 3 || overlapsDetection || IsWordChar(text, trimmedStart - 1, before: true) || IsWordChar(text, trimmedEnd, before: false))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(string text, int offset, bool before)
    {
        if (offset < 0 || offset >= text.Length)
        {
            return false;
        }

        var rune = before
            ? (Rune.DecodeLastFromUtf16(text.AsSpan(0, offset + 1), out var last, out _) == System.Buffers.OperationStatus.Done ? last : Rune.ReplacementChar)
            : (Rune.DecodeFromUtf16(text.AsSpan(offset), out var next, out _) == System.Buffers.OperationStatus.Done ? next : Rune.ReplacementChar);
        return Rune.IsLetterOrDigit(rune);
    }
}
