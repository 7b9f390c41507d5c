using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class PersonCueRecognizerTests
{
    private readonly PersonCueRecognizer recognizer = new();

    [Theory]
    [InlineData("Dear Han Cong,\nThe W-2 form is attached.", "en", "Han Cong")]
    [InlineData("Best regards,\nLidia Geringer de Oedenberg", "en", "Lidia Geringer de Oedenberg")]
    [InlineData("Guten Tag Nur Dhabitah Sabri, Ihre Karte ist da.", "de", "Nur Dhabitah Sabri")]
    [InlineData("Sehr geehrter Herr Müller-Lüdenscheidt, danke.", "de", "Müller-Lüdenscheidt")]
    [InlineData("Visiteur : Théodore Rousseau", "fr", "Théodore Rousseau")]
    [InlineData("Cordialement, Koharu Kusumi", "fr", "Koharu Kusumi")]
    [InlineData("Visitante: Maria de Belém Roseira", "pt", "Maria de Belém Roseira")]
    [InlineData("Geachte mevrouw Iris van den Berg,", "nl", "Iris van den Berg")]
    [InlineData("Szanowna Pani Anna Kowalska, dziękujemy.", "pl", "Anna Kowalska")]
    [InlineData("Med vänliga hälsningar,\nKarin Lindqvist", "sv", "Karin Lindqvist")]
    public void Finds_the_name_after_a_salutation_title_closing_or_label(string text, string language, string name)
    {
        var found = PiiAssert.Single(recognizer, text, language, name, PiiTypes.Person);

        Assert.Equal(0.7, found.Confidence);
    }

    [Theory]
    [InlineData("Dear customer, your order shipped.", "en")]
    [InlineData("Hello world", "en")]
    [InlineData("The doctor said hi to everyone.", "en")]
    [InlineData("Bonjour à tous, la réunion est reportée.", "fr")]
    public void Finds_nothing_where_no_capitalised_name_follows_the_cue(string text, string language)
    {
        Assert.Empty(PiiAssert.Run(recognizer, text, language));
    }

    [Fact]
    public void Cues_of_another_language_do_not_apply()
    {
        Assert.Empty(PiiAssert.Run(recognizer, "Cordialement, Koharu Kusumi", "de"));
        Assert.Single(PiiAssert.Run(recognizer, "Dear Koharu Kusumi", "de"));
    }
}
