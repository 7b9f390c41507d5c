using EntityGraph.CommandLine;
using EntityGraph.Linking.CldrGenerator;

var app = new CommandLineApp("entitygraph-cldr-aliases", new CommandDefinition(GeneratorOptions.Spec, async (arguments, cancellationToken) =>
{
    try
    {
        var summary = CldrAliasGenerator.Generate(GeneratorOptions.From(arguments));
        await Console.Out.WriteLineAsync(summary.AsMemory(), cancellationToken);
        return 0;
    }
    catch (Exception ex) when (ex is CldrFormatException or IOException or UnauthorizedAccessException or System.Xml.XmlException)
    {
        await Console.Error.WriteLineAsync($"entitygraph-cldr-aliases: error: {ex.Message}".AsMemory(), cancellationToken);
        return 1;
    }
}));
return await app.RunAsync(args, Console.Out, Console.Error);
