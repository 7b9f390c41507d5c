using System.Text;
using EntityGraph.Redaction.Configuration;
using EntityGraph.Redaction.Operators;

namespace EntityGraph.Redaction.Tests.Operators;

public sealed class MaskOperatorTests
{
    private readonly MaskOperator mask = new();

    [Fact]
    public void Masks_every_character_with_a_star_by_default()
    {
        const string text = "Card 4111 1111 1111 1111 on file.";
        var redactor = Redactors.Create(("CREDIT_CARD", new OperatorSpec { Operator = "mask" }));

        var result = redactor.Redact(text, [Spans.Of(text, "4111 1111 1111 1111", "CREDIT_CARD")]);

        Assert.Equal("Card ******************* on file.", result.Text);
    }

    [Fact]
    public void Masks_the_first_characters_with_the_configured_char()
    {
        const string text = "IBAN DE89370400440532013000.";
        var redactor = Redactors.Create(
            ("IBAN", new OperatorSpec { Operator = "mask", MaskChar = "#", MaskCount = 18 }));

        var result = redactor.Redact(text, [Spans.Of(text, "DE89370400440532013000", "IBAN")]);

        Assert.Equal("IBAN ##################3000.", result.Text);
    }

    [Fact]
    public void Masks_the_last_characters_from_the_end()
    {
        const string text = "Mail jane.doe@example.com now";
        var redactor = Redactors.Create(
            ("EMAIL", new OperatorSpec { Operator = "mask", MaskCount = 11, FromEnd = true }));

        var result = redactor.Redact(text, [Spans.Of(text, "jane.doe@example.com", "EMAIL")]);

        Assert.Equal("Mail jane.doe@*********** now", result.Text);
    }

    [Theory]
    [InlineData(3, false, "***😃ab")]
    [InlineData(3, true, "😀😁😂***")]
    [InlineData(4, false, "****ab")]
    [InlineData(5, true, "😀*****")]
    [InlineData(0, false, "😀😁😂😃ab")]
    [InlineData(99, false, "******")]
    public void Counts_surrogate_pairs_as_one_character_and_never_splits_them(int count, bool fromEnd, string expected)
    {
        var spec = new OperatorSpec { Operator = "mask", MaskCount = count, FromEnd = fromEnd };

        var output = mask.Apply("😀😁😂😃ab", "EMOJI", spec, new OperatorContext());

        Assert.Equal(expected, output);
        Assert.DoesNotContain(output.EnumerateRunes(), r => r == Rune.ReplacementChar);
    }

    [Theory]
    [InlineData("Zoë Ångström-Ñúñez", 0)]
    [InlineData("Zoë Ångström-Ñúñez", 7)]
    [InlineData("北京市朝阳区😀🎉", 3)]
    [InlineData("北京市朝阳区😀🎉", 7)]
    [InlineData("a😀b😁c", 2)]
    public void Leaves_at_most_length_minus_count_original_characters_visible(string value, int count)
    {
        foreach (var fromEnd in new[] { false, true })
        {
            var output = mask.Apply(value, "X", new OperatorSpec { MaskCount = count, FromEnd = fromEnd }, new OperatorContext());

            var runes = value.EnumerateRunes().Count();
            var masked = Math.Min(count, runes);
            Assert.Equal(runes, output.EnumerateRunes().Count());
            Assert.Equal(masked, output.Count(c => c == '*'));
            var visible = output.Replace("*", string.Empty, StringComparison.Ordinal);
            Assert.True(visible.Length <= value.Length - masked);
            Assert.True(fromEnd ? value.StartsWith(visible, StringComparison.Ordinal) : value.EndsWith(visible, StringComparison.Ordinal));
        }
    }
}
