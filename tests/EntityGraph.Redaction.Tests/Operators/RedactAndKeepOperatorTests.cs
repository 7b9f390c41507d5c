using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests.Operators;

public sealed class RedactAndKeepOperatorTests
{
    [Fact]
    public void Redact_removes_the_span_and_reports_an_empty_output()
    {
        const string text = "Password: hunter2!";
        var redactor = Redactors.Create(("SECRET", new OperatorSpec { Operator = "redact" }));

        var result = redactor.Redact(text, [Spans.Of(text, "hunter2", "SECRET")]);

        Assert.Equal("Password: !", result.Text);
        var item = Assert.Single(result.Items);
        Assert.Equal(("redact", 10, 17, 10, 10), (item.Operator, item.Start, item.End, item.OutputStart, item.OutputEnd));
    }

    [Fact]
    public void Keep_leaves_the_span_but_still_reports_it()
    {
        const string text = "Acme Corp hired Jane Roe.";
        var redactor = Redactors.Create(("ORG", new OperatorSpec { Operator = "keep" }));

        var result = redactor.Redact(text, [Spans.Of(text, "Acme Corp", "ORG"), Spans.Of(text, "Jane Roe", "PERSON")]);

        Assert.Equal("Acme Corp hired <PERSON>.", result.Text);
        Assert.Equal(["keep", "replace"], result.Items.Select(i => i.Operator));
        Assert.Equal("Acme Corp", Spans.Outputs(result)[0]);
    }

    [Fact]
    public void Operator_names_ignore_case()
    {
        const string text = "Acme Corp";
        var redactor = Redactors.Create(("ORG", new OperatorSpec { Operator = "REDACT" }));

        var result = redactor.Redact(text, [Spans.Of(text, "Acme", "ORG")]);

        Assert.Equal(" Corp", result.Text);
        Assert.Equal("redact", Assert.Single(result.Items).Operator);
    }
}
