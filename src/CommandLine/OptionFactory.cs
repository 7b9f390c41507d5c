using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace EntityGraph.CommandLine;

/// <summary>Builds the System.CommandLine option an <see cref="OptionSpec"/> describes.</summary>
internal static class OptionFactory
{
    public static Option Create(OptionSpec spec, bool recursive)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Repeatable && (spec.IsFlag || spec.Kind != OptionValueKind.Text))
        {
            throw new ArgumentException($"--{spec.Name}: only text options can be repeatable", nameof(spec));
        }

        Option option = spec switch
        {
            { IsFlag: true } => new Option<bool>("--" + spec.Name) { Arity = ArgumentArity.Zero },
            { Repeatable: true } => Repeated(spec),
            { Kind: OptionValueKind.Text } => Text(spec),
            { Kind: OptionValueKind.Number or OptionValueKind.Probability } => new Option<double>("--" + spec.Name) { CustomParser = result => ParseNumber(spec, result) },
            _ => new Option<int>("--" + spec.Name) { CustomParser = result => ParseInteger(spec, result) },
        };
        option.Description = spec.Description;
        option.HelpName = spec.ValueName;
        option.Required = spec.Required;
        option.Recursive = recursive;
        return option;
    }

    private static Option<string[]> Repeated(OptionSpec spec)
    {
        var option = new Option<string[]>("--" + spec.Name) { Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        if (spec.Choices is { } choices)
        {
            option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. choices]);
        }

        return option;
    }

    private static Option<string> Text(OptionSpec spec)
    {
        var option = new Option<string>("--" + spec.Name);
        if (spec.Choices is { } choices)
        {
            option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. choices]);
        }

        return option;
    }

    private static int ParseInteger(OptionSpec spec, ArgumentResult result)
    {
        if (result.Tokens is not [.., var token])
        {
            return 0;
        }

        var text = token.Value;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"--{spec.Name} must be a whole number, not '{text}'");
            return 0;
        }

        var problem = spec.Kind switch
        {
            OptionValueKind.PositiveInteger when value <= 0 => "a positive integer",
            OptionValueKind.NonNegativeInteger when value < 0 => "0 or more",
            _ => null,
        };
        if (problem is not null)
        {
            result.AddError($"--{spec.Name} must be {problem}, not '{text}'");
        }

        return value;
    }

    private static double ParseNumber(OptionSpec spec, ArgumentResult result)
    {
        if (result.Tokens is not [.., var token])
        {
            return 0;
        }

        var text = token.Value;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            result.AddError($"--{spec.Name} must be a number, not '{text}'");
            return 0;
        }

        if (spec.Kind == OptionValueKind.Probability && value is < 0 or > 1)
        {
            result.AddError($"--{spec.Name} must be a probability between 0 and 1, not '{text}'");
        }

        return value;
    }
}
