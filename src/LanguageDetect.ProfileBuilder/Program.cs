using EntityGraph.LanguageDetect;
using EntityGraph.LanguageDetect.ProfileBuilder;
using EntityGraph.LanguageDetect.ProfileBuilder.CommandLine;
using EntityGraph.LanguageDetect.ProfileBuilder.Corpus;

try
{
    return Commands.Run(args, Console.Out);
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    Console.Error.WriteLine(Commands.Usage);
    return 2;
}
catch (Exception ex) when (ex is CorpusFormatException or LanguageProfileFormatException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
