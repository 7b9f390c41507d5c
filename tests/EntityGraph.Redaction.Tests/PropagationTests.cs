using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests;

public sealed class PropagationTests
{
    private readonly Redactor redactor = new(new RedactionOptions());

    [Fact]
    public void A_second_undetected_occurrence_is_redacted_ignoring_case()
    {
        const string text = "Alice Walker wrote this. Later, ALICE WALKER replied to alice walker.";

        var result = redactor.Redact(text, [Spans.Of(text, "Alice Walker", "PERSON", 0.81)]);

        Assert.Equal("<PERSON> wrote this. Later, <PERSON> replied to <PERSON>.", result.Text);
        Assert.Equal(["test", "propagation", "propagation"], result.Items.Select(i => i.Recognizer));
        Assert.All(result.Items, item => Assert.Equal(("PERSON", 0.81), (item.Type, item.Score)));
    }

    [Fact]
    public void A_longer_word_containing_the_value_is_not_redacted()
    {
        const string text = "Ann wrote to Annabel, Joann and ANN; ref 12345 not 123456.";

        var result = redactor.Redact(text, [Spans.Of(text, "Ann", "PERSON"), Spans.Of(text, "12345", "ID")]);

        Assert.Equal("<PERSON> wrote to Annabel, Joann and <PERSON>; ref <ID> not 123456.", result.Text);
    }

    [Fact]
    public void Values_shorter_than_three_characters_after_trimming_are_not_propagated()
    {
        const string text = " Al  met Al.";

        var result = redactor.Redact(text, [Spans.Of(text, " Al ", "PERSON")]);

        Assert.Equal("<PERSON> met Al.", result.Text);
    }

    [Fact]
    public void Longer_values_win_over_their_parts()
    {
        const string text = "Anna Berg met Anna. Later Anna Berg left.";

        var result = redactor.Redact(text, [Spans.Of(text, "Anna Berg", "PERSON"), Spans.Of(text, "Anna", "FIRST", occurrence: 1)]);

        Assert.Equal("<PERSON> met <FIRST>. Later <PERSON> left.", result.Text);
    }

    [Fact]
    public void Propagated_occurrences_share_the_number_of_their_value()
    {
        const string text = "Bob saw Carl; bob left.";
        var numbered = Redactors.Default(new OperatorSpec { Numbered = true });

        var result = numbered.Redact(text, [Spans.Of(text, "Carl", "PERSON"), Spans.Of(text, "Bob", "PERSON")]);

        Assert.Equal("<PERSON_1> saw <PERSON_2>; <PERSON_1> left.", result.Text);
    }

    [Fact]
    public void Can_be_switched_off()
    {
        const string text = "Alice Walker wrote to Alice Walker.";
        var withoutPropagation = new Redactor(new RedactionOptions { PropagateValues = false });

        var result = withoutPropagation.Redact(text, [Spans.Of(text, "Alice Walker", "PERSON")]);

        Assert.Equal("<PERSON> wrote to Alice Walker.", result.Text);
    }
}
