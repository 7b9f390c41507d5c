namespace EntityGraph.Silo.Cli;

/// <summary>Writes the overall help and the help of one command.</summary>
public static class HelpWriter
{
    public const string ProgramName = "entitygraph";

    public static void WriteOverall(TextWriter writer, IReadOnlyList<CliCommand> commands)
    {
        writer.WriteLine($"{ProgramName}: multilingual entity knowledge graph");
        writer.WriteLine();
        writer.WriteLine($"Usage: {ProgramName} COMMAND [OPTIONS]");
        writer.WriteLine();
        writer.WriteLine("Commands:");
        var width = commands.Max(c => c.Spec.Name.Length) + 2;
        foreach (var command in commands)
        {
            writer.WriteLine($"  {command.Spec.Name.PadRight(width)}{command.Spec.Summary}");
        }

        writer.WriteLine();
        writer.WriteLine($"Run '{ProgramName} COMMAND --help' for the options of a command.");
    }

    public static void WriteCommand(TextWriter writer, CommandSpec spec)
    {
        writer.WriteLine($"{ProgramName} {spec.Name}: {spec.Summary}");
        writer.WriteLine();
        writer.WriteLine($"Usage: {spec.Usage}");
        if (spec.Options.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Options:");
            var labels = spec.Options.Select(o => o.IsFlag ? $"--{o.Name}" : $"--{o.Name} {o.ValueName}").ToList();
            var width = Math.Max(labels.Max(l => l.Length), "-h, --help".Length) + 2;
            for (var i = 0; i < spec.Options.Count; i++)
            {
                writer.WriteLine($"  {labels[i].PadRight(width)}{spec.Options[i].Description}");
            }

            writer.WriteLine($"  {"-h, --help".PadRight(width)}Show this help.");
        }

        foreach (var note in spec.Notes ?? [])
        {
            writer.WriteLine();
            writer.WriteLine(note);
        }
    }
}
