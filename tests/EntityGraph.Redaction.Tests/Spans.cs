using EntityGraph.Recognizers;

namespace EntityGraph.Redaction.Tests;

/// <summary>Builds detections by the text they cover.</summary>
internal static class Spans
{
    /// <summary>The <paramref name="occurrence"/>-th (0-based) ordinal occurrence of <paramref name="value"/>.</summary>
    public static Detection Of(string text, string value, string type, double confidence = 0.9, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(value, start + 1, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{value}' occurs fewer than {occurrence + 1} times in the text.");
        }

        return new Detection(start, start + value.Length, type, confidence, "test");
    }

    /// <summary>The output of each item, in order.</summary>
    public static string[] Outputs(RedactionResult result) =>
        result.Items.Select(item => result.Text[item.OutputStart..item.OutputEnd]).ToArray();
}
