using EntityGraph.Corpus;

namespace EntityGraph.Training.Training;

/// <summary>The examples of one training or dev file, with the language they are in.</summary>
public sealed record CorpusFile(string Path, string Language, IReadOnlyList<TextExample> Examples)
{
    /// <summary>The language code <c>auto</c>: take each file's language from its folder name (DATA/LANG/file).</summary>
    public const string AutoLanguage = "auto";

    /// <summary>Loads every file under the given paths; at most <paramref name="maxPerFile"/> examples each (the first ones).</summary>
    public static IReadOnlyList<CorpusFile> Load(IEnumerable<string> paths, string language, int maxPerFile = int.MaxValue)
    {
        return CorpusLoader.Files(paths)
            .Select(file => (file, language: LanguageOf(file, language)))
            .Select(f => new CorpusFile(f.file, f.language, CorpusLoader.LoadFile(f.file, f.language).Take(maxPerFile).ToList()))
            .ToList();
    }

    /// <summary>The language of a file: the given one, or its folder's name for <see cref="AutoLanguage"/>.</summary>
    public static string LanguageOf(string file, string language) =>
        language == AutoLanguage
            ? System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))) ?? language
            : language;
}
