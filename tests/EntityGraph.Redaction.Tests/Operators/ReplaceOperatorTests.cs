using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests.Operators;

public sealed class ReplaceOperatorTests
{
    [Fact]
    public void Replaces_with_the_type_in_angle_brackets_when_nothing_is_configured()
    {
        const string text = "Call John Smith in Berlin today.";
        var redactor = new Redactor(new RedactionOptions());

        var result = redactor.Redact(text, [Spans.Of(text, "John Smith", "PERSON"), Spans.Of(text, "Berlin", "LOCATION")]);

        Assert.Equal("Call <PERSON> in <LOCATION> today.", result.Text);
        Assert.All(result.Items, item => Assert.Equal("replace", item.Operator));
    }

    [Fact]
    public void Uses_the_configured_value()
    {
        const string text = "Call John Smith in Berlin today.";
        var redactor = Redactors.Create(
            ("PERSON", new OperatorSpec { Operator = "replace", Value = "[name removed]" }));

        var result = redactor.Redact(text, [Spans.Of(text, "John Smith", "PERSON"), Spans.Of(text, "Berlin", "LOCATION")]);

        Assert.Equal("Call [name removed] in <LOCATION> today.", result.Text);
    }

    [Fact]
    public void Numbers_values_per_type_in_order_of_first_appearance_ignoring_case()
    {
        const string text = "Anna met Bob in Paris; later ANNA called bob from Rome, then Carl.";
        var redactor = Redactors.Default(new OperatorSpec { Operator = "replace", Numbered = true }, propagateValues: false);

        var result = redactor.Redact(
            text,
            [
                Spans.Of(text, "Carl", "PERSON"),
                Spans.Of(text, "Anna", "PERSON"),
                Spans.Of(text, "Bob", "PERSON"),
                Spans.Of(text, "Paris", "LOCATION"),
                Spans.Of(text, "ANNA", "PERSON"),
                Spans.Of(text, "bob", "PERSON"),
                Spans.Of(text, "Rome", "LOCATION"),
            ]);

        Assert.Equal(
            "<PERSON_1> met <PERSON_2> in <LOCATION_1>; later <PERSON_1> called <PERSON_2> from <LOCATION_2>, then <PERSON_3>.",
            result.Text);
    }

    [Fact]
    public void Numbering_starts_again_with_every_call()
    {
        var redactor = Redactors.Default(new OperatorSpec { Numbered = true });
        const string first = "Anna and Bob.";
        const string second = "Bob and Anna.";

        var one = redactor.Redact(first, [Spans.Of(first, "Anna", "PERSON"), Spans.Of(first, "Bob", "PERSON")]);
        var two = redactor.Redact(second, [Spans.Of(second, "Bob", "PERSON"), Spans.Of(second, "Anna", "PERSON")]);

        Assert.Equal("<PERSON_1> and <PERSON_2>.", one.Text);
        Assert.Equal("<PERSON_1> and <PERSON_2>.", two.Text);
    }
}
