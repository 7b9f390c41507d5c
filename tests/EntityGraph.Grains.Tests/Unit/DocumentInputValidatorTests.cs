using EntityGraph.Storage;
using EntityGraph.Grains.Documents;
using EntityGraph.Grains.Options;

namespace EntityGraph.Grains.Tests.Unit;

public sealed class DocumentInputValidatorTests
{
    private static readonly IngestOptions Defaults = new();

    [Fact]
    public void The_default_limit_is_one_mebibyte_of_utf8()
    {
        Assert.Equal(1_048_576, Defaults.MaxTextBytes);
        var atLimit = new DocumentInput("d", new string('a', 1_048_576));

        Assert.Equal(atLimit.Text, DocumentInputValidator.Validate("d", atLimit, Defaults).Text);
        AssertCode(ErrorCodes.TextTooLarge, atLimit with { Text = atLimit.Text + "a" });
        AssertCode(ErrorCodes.TextTooLarge, atLimit with { Text = new string('é', 524_289) });
    }

    [Fact]
    public void Valid_input_is_normalized()
    {
        var input = new DocumentInput("d", "Text", "PT_br", "  A title  ", "  ", ["x", "X", " y "]);

        var document = DocumentInputValidator.Validate("d", input, Defaults);

        Assert.Equal(("pt-br", "A title", (string?)null), (document.Language, document.Title, document.Source));
        Assert.Equal(["x", "y"], document.Tags);
    }

    [Fact]
    public void Bad_fields_are_invalid_input()
    {
        AssertCode(ErrorCodes.InvalidInput, new DocumentInput("other", "Text"));
        AssertCode(ErrorCodes.InvalidInput, new DocumentInput("d", "Text", Title: "bad\0title"));
        AssertCode(ErrorCodes.InvalidInput, new DocumentInput("d", "Text", Title: new string('t', 1_001)));
        AssertCode(ErrorCodes.InvalidInput, new DocumentInput("d", "Text", Tags: ["ok", " "]));
        AssertCode(ErrorCodes.InvalidInput, new DocumentInput("d", "Text", Accuracy: (ExtractionAccuracy)7));
        AssertCode(ErrorCodes.InvalidInput, null);
    }

    [Fact]
    public void Ids_with_outer_whitespace_or_controls_or_over_the_limit_are_invalid()
    {
        Assert.Equal(ErrorCodes.InvalidInput, Assert.Throws<EntityGraphException>(() => DocumentInputValidator.Validate(" d", new DocumentInput(" d", "Text"), Defaults)).Code);
        Assert.Equal(ErrorCodes.InvalidInput, Assert.Throws<EntityGraphException>(() => DocumentInputValidator.Validate("a\nb", new DocumentInput("a\nb", "Text"), Defaults)).Code);
        var longId = new string('i', 257);
        Assert.Equal(ErrorCodes.InvalidInput, Assert.Throws<EntityGraphException>(() => DocumentInputValidator.Validate(longId, new DocumentInput(longId, "Text"), Defaults)).Code);
    }

    private static void AssertCode(string code, DocumentInput? input) =>
        Assert.Equal(code, Assert.Throws<EntityGraphException>(() => DocumentInputValidator.Validate("d", input, Defaults)).Code);
}
