namespace EntityGraph.Corpus;

/// <summary>Turns token sentences into the text the pipeline sees: tokens joined by single spaces, or by nothing for Chinese and Japanese.</summary>
public static class SentenceText
{
    public static bool JoinsWithoutSpaces(string language) => language is "zh" or "ja";

    public static TextExample Build(LabeledSentence sentence, string language)
    {
        var separator = JoinsWithoutSpaces(language) ? string.Empty : " ";
        var builder = new System.Text.StringBuilder();
        var offsets = new (int Start, int End)[sentence.Tokens.Count];
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            offsets[i] = (builder.Length, builder.Length + sentence.Tokens[i].Length);
            builder.Append(sentence.Tokens[i]);
        }

        var spans = TagSpans.FromTokenTags(sentence.Tags, offsets);
        return new TextExample(builder.ToString(), spans, sentence.Source, sentence.Line, offsets, sentence.Tags);
    }
}
