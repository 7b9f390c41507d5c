using System.Globalization;
using EntityGraph.Grains;
using EntityGraph.CommandLine;

namespace EntityGraph.Silo.Redaction;

/// <summary>
/// Reads <c>--operator TYPE=OPERATOR[:key=value,...]</c>, e.g. <c>PERSON=replace:numbered=true</c>,
/// <c>CREDIT_CARD=mask:char=#,count=12</c>, <c>DEFAULT=hash</c>. Keys: value, numbered, char, count, from-end.
/// </summary>
internal static class OperatorArgument
{
    public static OperatorChoice Parse(string argument, string command)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == argument.Length - 1)
        {
            throw new UsageException($"--operator must look like TYPE=OPERATOR[:key=value,...], not '{argument}'", command);
        }

        var type = argument[..equals].Trim();
        var rest = argument[(equals + 1)..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? rest : rest[..colon]).Trim();
        var choice = new OperatorChoice(type, name);
        if (colon < 0)
        {
            return choice;
        }

        foreach (var setting in rest[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = setting.Split('=', 2);
            var value = parts.Length == 2 ? parts[1] : throw new UsageException($"--operator setting '{setting}' must be key=value", command);
            choice = parts[0].Trim() switch
            {
                "value" => choice with { Value = value },
                "numbered" => choice with { Numbered = Bool(value, setting, command) },
                "char" => choice with { MaskChar = value },
                "count" => choice with { MaskCount = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : throw new UsageException($"--operator count must be a whole number, not '{value}'", command) },
                "from-end" => choice with { FromEnd = Bool(value, setting, command) },
                var key => throw new UsageException($"--operator has no setting '{key}' (value, numbered, char, count, from-end)", command),
            };
        }

        return choice;
    }

    private static bool Bool(string value, string setting, string command) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "1" => true,
        "false" or "no" or "0" => false,
        _ => throw new UsageException($"--operator setting '{setting}' needs true or false", command),
    };
}
