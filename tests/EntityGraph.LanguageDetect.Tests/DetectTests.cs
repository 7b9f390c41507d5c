namespace EntityGraph.LanguageDetect.Tests;

public sealed class DetectTests
{
    private readonly LanguageDetector _detector = LanguageDetector.Default;

    [Theory]
    [MemberData(nameof(Sentences.Model), MemberType = typeof(Sentences))]
    public void Sentence_is_detected_by_the_ngram_model(string expected, string sentence)
    {
        var guess = _detector.Detect(sentence);

        Assert.Equal(expected, guess.Language);
        Assert.True(guess.IsReliable, $"{expected} guess with confidence {guess.Confidence} should be reliable");
        Assert.InRange(guess.Confidence, 0.7, 1.0);
    }

    [Theory]
    [MemberData(nameof(Sentences.ScriptOnly), MemberType = typeof(Sentences))]
    public void Sentence_is_detected_by_its_script(string expected, string sentence)
    {
        var guess = _detector.Detect(sentence);

        Assert.Equal(expected, guess.Language);
        Assert.True(guess.IsReliable);
        Assert.InRange(guess.Confidence, 0.9, 1.0);
    }

    [Theory]
    [InlineData("12345 !!!")]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("(555) 010-2030 / 42% + €17.50 = ?")]
    public void Text_without_letters_is_undetermined(string text)
    {
        var guess = _detector.Detect(text);

        Assert.Equal(LanguageGuess.Undetermined, guess.Language);
        Assert.Equal(0, guess.Confidence);
        Assert.False(guess.IsReliable);
    }

    [Theory]
    [InlineData("Hallo")]
    [InlineData("ok")]
    [InlineData("東京")]
    public void Very_short_text_is_not_reliable(string text)
    {
        var guess = _detector.Detect(text);

        Assert.NotEqual(LanguageGuess.Undetermined, guess.Language);
        Assert.False(guess.IsReliable);
        Assert.InRange(guess.Confidence, 0.0, 1.0);
    }

    [Fact]
    public void Letters_of_an_unsupported_script_are_undetermined()
    {
        var guess = _detector.Detect("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏍᎦᏯ ᎤᏪᏥ");

        Assert.Equal(LanguageGuess.Undetermined, guess.Language);
        Assert.False(guess.IsReliable);
    }

    [Fact]
    public void A_span_of_a_larger_string_is_detected_on_its_own()
    {
        const string text = "Die Regierung hat angekündigt, dass die neuen Regeln gelten. The government announced new rules today.";
        var cut = text.IndexOf("The government", StringComparison.Ordinal);

        Assert.Equal("de", _detector.Detect(text.AsSpan(0, cut)).Language);
        Assert.Equal("en", _detector.Detect(text.AsSpan(cut)).Language);
    }

    [Fact]
    public void Decomposed_accents_are_treated_like_composed_ones()
    {
        const string composed = "Le gouvernement a annoncé que les nouvelles règles entreront en vigueur.";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);

        var a = _detector.Detect(composed);
        var b = _detector.Detect(decomposed);

        Assert.Equal("fr", b.Language);
        Assert.Equal(a.Confidence, b.Confidence, 9);
    }

    [Fact]
    public void Supported_languages_cover_the_trained_and_script_languages()
    {
        foreach (var language in new[] { "ar", "da", "de", "en", "es", "fr", "hi", "hr", "ja", "nl", "pl", "pt", "ru", "sk", "sr", "sv", "zh", "ko", "el", "he", "th" })
        {
            Assert.Contains(language, _detector.SupportedLanguages);
        }
    }

    [Fact]
    public void Concurrent_calls_give_the_same_answers_as_sequential_ones()
    {
        var inputs = Sentences.Model.Select(row => (string)row[1]).ToArray();
        var sequential = inputs.Select(s => _detector.Detect(s)).ToArray();
        var concurrent = new LanguageGuess[inputs.Length * 8];

        Parallel.For(0, concurrent.Length, i => concurrent[i] = _detector.Detect(inputs[i % inputs.Length]));

        for (var i = 0; i < concurrent.Length; i++)
        {
            Assert.Equal(sequential[i % inputs.Length], concurrent[i]);
        }
    }
}
