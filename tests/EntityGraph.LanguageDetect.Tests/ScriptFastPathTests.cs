namespace EntityGraph.LanguageDetect.Tests;

public sealed class ScriptFastPathTests
{
    private readonly LanguageDetector _detector = LanguageDetector.Default;

    [Theory]
    [InlineData("ko", "서울에서 회의가 열렸습니다")]
    [InlineData("ko", "大韓民國 헌법 제1조는 대한민국은 민주공화국이다라고 정한다")]
    [InlineData("ja", "これはペンです。とても良いペンですね。")]
    [InlineData("ja", "東京都の会社で働いています")]
    [InlineData("zh", "我们明天在北京开会讨论这个问题")]
    [InlineData("ar", "مرحبا بكم في المدينة")]
    [InlineData("hi", "नमस्ते, आप कैसे हैं और आज क्या कर रहे हैं")]
    [InlineData("el", "Καλημέρα σας, τι κάνετε σήμερα")]
    [InlineData("he", "שלום לכולם, מה שלומכם היום")]
    [InlineData("th", "สวัสดีครับ วันนี้อากาศดีมาก")]
    public void Script_decides(string expected, string text)
    {
        Assert.Equal(expected, _detector.Detect(text).Language);
    }

    [Fact]
    public void A_few_latin_letters_in_chinese_text_do_not_make_it_latin()
    {
        Assert.Equal("zh", _detector.Detect("我最近在学习Python编程，感觉非常有意思").Language);
    }

    [Fact]
    public void A_russian_sentence_quoting_an_english_title_stays_russian()
    {
        Assert.Equal("ru", _detector.Detect("Песня The Trooper группы Iron Maiden вышла на альбоме Piece of Mind в прошлом веке.").Language);
    }

    [Fact]
    public void Serbian_cyrillic_letters_pick_serbian_over_russian()
    {
        Assert.Equal("sr", _detector.Detect("Њихова ћерка је јуче дошла кући из Београда.").Language);
        Assert.Equal("ru", _detector.Detect("Их дочь вчера вернулась домой из Москвы.").Language);
    }

    [Fact]
    public void Confidence_reflects_the_share_of_the_winning_script()
    {
        var pure = _detector.Detect("서울에서 회의가 열렸습니다");
        var mixed = _detector.Detect("서울에서 회의가 열렸습니다 오늘 아침 (Seoul)");

        Assert.Equal("ko", pure.Language);
        Assert.Equal("ko", mixed.Language);
        Assert.Equal(1.0, pure.Confidence, 9);
        Assert.True(mixed.Confidence < pure.Confidence, $"mixed {mixed.Confidence} should be below pure {pure.Confidence}");
    }
}
