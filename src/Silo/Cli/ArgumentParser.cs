namespace EntityGraph.Silo.Cli;

/// <summary>
/// Parses "--name VALUE", "--name=VALUE", flags, "--help"/"-h" and positional arguments against a
/// <see cref="CommandSpec"/>; "--" ends the options. Every mistake is a <see cref="UsageException"/>.
/// </summary>
public static class ArgumentParser
{
    public static CommandArguments Parse(CommandSpec spec, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        var help = false;
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (arg is "--help" or "-h")
            {
                help = true;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new UsageException($"unknown option '{arg}'", spec.Name);
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            var option = spec.FindOption(name) ?? throw new UsageException($"unknown option '--{name}'", spec.Name);
            if (option.IsFlag)
            {
                if (equals >= 0)
                {
                    throw new UsageException($"option --{name} takes no value", spec.Name);
                }

                flags.Add(name);
                continue;
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && (!args[i + 1].StartsWith("--", StringComparison.Ordinal) || args[i + 1] == "-"))
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"option --{name} needs a value ({option.ValueName})", spec.Name);
            }

            if (!values.TryGetValue(name, out var list))
            {
                list = [];
                values[name] = list;
            }
            else if (!option.Repeatable)
            {
                throw new UsageException($"option --{name} is given more than once", spec.Name);
            }

            list.Add(value);
        }

        if (!help)
        {
            CheckPositionals(spec, positionals);
        }

        return new CommandArguments(
            spec,
            values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            flags,
            positionals,
            help);
    }

    private static void CheckPositionals(CommandSpec spec, List<string> positionals)
    {
        if (positionals.Count < spec.MinPositionals)
        {
            throw new UsageException(
                spec.MinPositionals == 1 ? $"missing {spec.PositionalName}" : $"expected at least {spec.MinPositionals} {spec.PositionalName} arguments",
                spec.Name);
        }

        if (positionals.Count > spec.MaxPositionals)
        {
            throw new UsageException(
                spec.MaxPositionals == 0
                    ? $"unexpected argument '{positionals[0]}'"
                    : $"unexpected argument '{positionals[spec.MaxPositionals]}'",
                spec.Name);
        }
    }
}
