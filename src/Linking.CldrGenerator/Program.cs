using EntityGraph.Linking.CldrGenerator;

try
{
    var options = GeneratorOptions.Parse(args);
    if (options is null)
    {
        Console.Out.WriteLine(GeneratorOptions.Usage);
        return 0;
    }

    var summary = CldrAliasGenerator.Generate(options);
    Console.Out.WriteLine(summary);
    return 0;
}
catch (GeneratorUsageException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}
catch (Exception ex) when (ex is CldrFormatException or IOException or UnauthorizedAccessException or System.Xml.XmlException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
