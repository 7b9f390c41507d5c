using System.CommandLine;

namespace EntityGraph.CommandLine;

/// <summary>
/// A parsed and validated command line, read by option name: flags, option values (already checked against their kind and
/// choices), repeated values in order and positional arguments. Names of options the command does not have read as absent.
/// </summary>
public sealed class CommandArguments
{
    private readonly ParseResult result;
    private readonly CommandBinding binding;

    internal CommandArguments(ParseResult result, CommandBinding binding)
    {
        this.result = result;
        this.binding = binding;
        Positionals = binding.Positionals switch
        {
            Argument<string[]> several => result.GetValue(several) ?? [],
            Argument<string> one => result.GetValue(one) is { } value ? [value] : [],
            _ => [],
        };
    }

    /// <summary>The command that runs: the subcommand (keys create) when the command has subcommands.</summary>
    public CommandSpec Spec => this.binding.Spec;

    /// <summary>The command names after the program's (keys create), for messages; empty for a program that is one command.</summary>
    public string CommandPath => string.Join(' ', this.binding.Path);

    public IReadOnlyList<string> Positionals { get; }

    public bool HasFlag(string name) => Find(name) is { Spec.IsFlag: true } option && this.result.GetValue((Option<bool>)option.Option);

    /// <summary>The value of a single-valued option, or null when absent; a choice comes back spelled as the spec spells it.</summary>
    public string? Value(string name)
    {
        if (Find(name) is not { Spec.IsFlag: false } option)
        {
            return null;
        }

        var value = option.Option switch
        {
            Option<string> text => this.result.GetValue(text),
            Option<string[]> repeated => this.result.GetValue(repeated) is [.., var last] ? last : null,
            _ => throw new InvalidOperationException($"--{name} is not a text option"),
        };
        return value is not null && option.Spec.Choices is { } choices
            ? choices.First(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase))
            : value;
    }

    /// <summary>All values of a repeatable option, in order; choices come back spelled as the spec spells them.</summary>
    public IReadOnlyList<string> Values(string name)
    {
        var option = Find(name);
        IReadOnlyList<string> values = option?.Option switch
        {
            Option<string[]> repeated => this.result.GetValue(repeated) ?? [],
            Option<string> single => this.result.GetValue(single) is { } value ? [value] : [],
            _ => [],
        };
        return option?.Spec.Choices is { } choices
            ? values.Select(v => choices.First(c => string.Equals(c, v, StringComparison.OrdinalIgnoreCase))).ToList()
            : values;
    }

    /// <summary>The value of an option that must be given.</summary>
    /// <exception cref="UsageException">It was not given.</exception>
    public string Required(string name) =>
        Value(name) ?? throw new UsageException($"missing required option --{name}", Spec.Name);

    /// <summary>The value of a whole-number option, or null when absent.</summary>
    public int? Integer(string name) =>
        Find(name)?.Option is Option<int> option && this.result.GetResult(option) is { Implicit: false } ? this.result.GetValue(option) : null;

    /// <summary>The value of a whole-number option, or <paramref name="fallback"/> when absent.</summary>
    public int Integer(string name, int fallback) => Integer(name) ?? fallback;

    /// <summary>The value of a decimal-number option, or null when absent.</summary>
    public double? Number(string name) =>
        Find(name)?.Option is Option<double> option && this.result.GetResult(option) is { Implicit: false } ? this.result.GetValue(option) : null;

    /// <summary>The value of a decimal-number option, or <paramref name="fallback"/> when absent.</summary>
    public double Number(string name, double fallback) => Number(name) ?? fallback;

    private BoundOption? Find(string name) => this.binding.Options.GetValueOrDefault(name);
}
