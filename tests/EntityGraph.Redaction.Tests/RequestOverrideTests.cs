using EntityGraph.Recognizers;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests;

public sealed class RequestOverrideTests
{
    private const string Text = "Anna Berg, anna@berg.se, Oslo.";

    private static readonly Detection[] Detections =
    [
        Spans.Of(Text, "Anna Berg", "PERSON"),
        Spans.Of(Text, "anna@berg.se", "EMAIL"),
        Spans.Of(Text, "Oslo", "LOCATION"),
    ];

    private readonly Redactor redactor = Redactors.Create(
        ("PERSON", new OperatorSpec { Operator = "mask" }),
        ("DEFAULT", new OperatorSpec { Operator = "redact" }));

    [Fact]
    public void Without_a_request_the_configured_operators_apply()
    {
        Assert.Equal("*********, , .", redactor.Redact(Text, Detections).Text);
    }

    [Fact]
    public void A_request_overrides_the_configured_operator_of_a_type_ignoring_case()
    {
        var result = redactor.Redact(
            Text,
            Detections,
            new Dictionary<string, OperatorSpec> { ["person"] = new() { Operator = "replace", Value = "[P]" } });

        Assert.Equal("[P], , .", result.Text);
    }

    [Fact]
    public void A_requested_default_replaces_the_configured_default_but_not_configured_types()
    {
        var result = redactor.Redact(
            Text,
            Detections,
            new Dictionary<string, OperatorSpec>
            {
                ["DEFAULT"] = new() { Operator = "replace" },
                ["LOCATION"] = new() { Operator = "keep" },
            });

        Assert.Equal("*********, <EMAIL>, Oslo.", result.Text);
    }

    [Theory]
    [InlineData("shuffle", null, null, "PERSON: unknown operator 'shuffle'")]
    [InlineData("mask", "ab", null, "PERSON: MaskChar must be exactly one character")]
    [InlineData("mask", "", null, "PERSON: MaskChar must be exactly one character")]
    [InlineData("mask", null, -3, "PERSON: MaskCount must be 0 or more (was -3)")]
    public void An_invalid_request_spec_throws_a_request_exception(string name, string? maskChar, int? maskCount, string expected)
    {
        var request = new Dictionary<string, OperatorSpec>
        {
            ["PERSON"] = new() { Operator = name, MaskChar = maskChar, MaskCount = maskCount },
        };

        var error = Assert.Throws<RedactionRequestException>(() => redactor.Redact(Text, Detections, request));

        Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_given_twice_with_different_case_is_rejected()
    {
        var request = new Dictionary<string, OperatorSpec>(StringComparer.Ordinal)
        {
            ["PERSON"] = new() { Operator = "keep" },
            ["person"] = new() { Operator = "redact" },
        };

        Assert.Throws<RedactionRequestException>(() => redactor.Redact(Text, Detections, request));
    }
}
