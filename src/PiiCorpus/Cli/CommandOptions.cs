using System.Globalization;

namespace EntityGraph.PiiCorpus.Cli;

/// <summary>The <c>--name value</c> (or <c>--name=value</c>) options of one command, checked against the options it knows.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values;

    private CommandOptions(Dictionary<string, string> values, bool help)
    {
        _values = values;
        Help = help;
    }

    /// <summary>Whether --help or -h was given.</summary>
    public bool Help { get; }

    /// <summary>Parses the arguments after the command name.</summary>
    /// <exception cref="CliUsageException">Unknown option, missing value, repeated option or stray argument.</exception>
    public static CommandOptions Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> known)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                help = true;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new CliUsageException($"unexpected argument '{arg}'");
            }

            var name = arg[2..];
            string? value = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }

            if (!known.Contains(name))
            {
                throw new CliUsageException($"unknown option '--{name}'");
            }

            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new CliUsageException($"option '--{name}' needs a value");
                }

                value = args[++i];
            }

            if (value.Length == 0)
            {
                throw new CliUsageException($"option '--{name}' needs a value");
            }

            if (!values.TryAdd(name, value))
            {
                throw new CliUsageException($"option '--{name}' is given more than once");
            }
        }

        return new CommandOptions(values, help);
    }

    /// <summary>The value of an option, or null.</summary>
    public string? Get(string name) => _values.GetValueOrDefault(name);

    /// <summary>The value of a required option.</summary>
    public string Required(string name) => Get(name) ?? throw new CliUsageException($"option '--{name}' is required");

    /// <summary>An integer option at least <paramref name="minimum"/>.</summary>
    public int Integer(string name, int fallback, int minimum = int.MinValue)
    {
        if (Get(name) is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new CliUsageException(minimum == int.MinValue
                ? $"option '--{name}' expects an integer, got '{text}'"
                : $"option '--{name}' expects an integer >= {minimum}, got '{text}'");
    }
}
