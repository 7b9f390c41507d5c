namespace EntityGraph.Training.Cli;

/// <summary>Parsed "--name value" options (repeatable) and bare flags.</summary>
public sealed class ArgumentList
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public static ArgumentList Parse(IEnumerable<string> args)
    {
        var list = new ArgumentList();
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null)
                {
                    list.Add(pending, "true");
                }

                pending = arg[2..];
            }
            else if (pending is not null)
            {
                list.Add(pending, arg);
                pending = null;
            }
            else
            {
                throw new ArgumentException($"unexpected argument '{arg}'");
            }
        }

        if (pending is not null)
        {
            list.Add(pending, "true");
        }

        return list;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Single(string name) => _values.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var v) ? v : [];

    public IReadOnlyList<string> Required(string name) =>
        _values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) =>
        Single(name) is { } s ? int.TryParse(s, out var v) ? v : throw new ArgumentException($"--{name} expects an integer, got '{s}'") : fallback;

    public double Double(string name, double fallback) =>
        Single(name) is { } s ? double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"--{name} expects a number, got '{s}'") : fallback;

    private void Add(string name, string value)
    {
        if (!_values.TryGetValue(name, out var list))
        {
            _values[name] = list = new List<string>();
        }

        list.Add(value);
    }
}
