using EntityGraph.Corpus;
using EntityGraph.Grains;
using EntityGraph.Storage;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>
/// The benchmark corpus: per language, the sentences of a dev-set file <c>LANG.DATASET.dev.iob2</c> of the corpus folder
/// (benchmarks/corpus, built by scripts/build-bench-corpus.sh), grouped in order into documents of about
/// <see cref="DocumentWords"/> words. Words are the file's tokens, so Chinese counts its segmented words, not characters.
/// </summary>
public sealed class BenchCorpus
{
    /// <summary>Words a document collects before a new one starts.</summary>
    public const int DocumentWords = 200;

    private BenchCorpus(IReadOnlyDictionary<string, IReadOnlyList<BenchDocument>> documents, IReadOnlyDictionary<string, string> files)
    {
        Documents = documents;
        Files = files;
    }

    /// <summary>Documents per language, in corpus order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<BenchDocument>> Documents { get; }

    /// <summary>The file each language was read from.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>Every document of every language, languages in the order asked for.</summary>
    public IReadOnlyList<BenchDocument> All => Documents.Values.SelectMany(d => d).ToList();

    /// <summary>Reads the corpus files of <paramref name="languages"/> from <paramref name="folder"/>.</summary>
    /// <exception cref="EntityGraphException">The folder or a language's file is missing, or a file is not IOB2.</exception>
    public static BenchCorpus Load(string folder, IReadOnlyList<string> languages)
    {
        if (!Directory.Exists(folder))
        {
            throw new EntityGraphException(ErrorCodes.FileNotFound, $"No benchmark corpus folder '{folder}' (build it with scripts/build-bench-corpus.sh, or give --corpus).");
        }

        var documents = new Dictionary<string, IReadOnlyList<BenchDocument>>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var file = Directory.GetFiles(folder, $"{language}.*.dev.iob2").Order(StringComparer.Ordinal).FirstOrDefault()
                ?? throw new EntityGraphException(ErrorCodes.FileNotFound, $"The benchmark corpus '{folder}' has no {language}.*.dev.iob2 file.");
            IReadOnlyList<LabeledSentence> sentences;
            try
            {
                sentences = ConllReader.ReadFile(file);
            }
            catch (CorpusFormatException ex)
            {
                throw new EntityGraphException(ErrorCodes.InvalidInput, $"{file}: {ex.Message}");
            }

            documents[language] = Group(language, sentences);
            files[language] = file;
        }

        return new BenchCorpus(documents, files);
    }

    /// <summary>The first <paramref name="words"/> words of the language's first document, on one line.</summary>
    public string Sample(string language, int words)
    {
        var tokens = Documents[language].SelectMany(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Take(words);
        return string.Join(' ', tokens);
    }

    private static List<BenchDocument> Group(string language, IReadOnlyList<LabeledSentence> sentences)
    {
        var result = new List<BenchDocument>();
        var lines = new List<string>();
        var words = 0;
        foreach (var sentence in sentences)
        {
            lines.Add(SentenceText.Build(sentence, language).Text);
            words += sentence.Tokens.Count;
            if (words >= DocumentWords)
            {
                Flush();
            }
        }

        if (words >= DocumentWords / 4)
        {
            Flush();
        }

        return result;

        void Flush()
        {
            result.Add(new BenchDocument($"bench-{language}-{result.Count + 1:D3}", language, string.Join('\n', lines), words));
            lines.Clear();
            words = 0;
        }
    }
}
