namespace EntityGraph.CommandLine;

/// <summary>What the value of an option is; the command line refuses a value of the wrong kind before the command runs.</summary>
public enum OptionValueKind
{
    /// <summary>Any text (a path, a name, a connection string...).</summary>
    Text,

    /// <summary>A whole number, negative ones included.</summary>
    Integer,

    /// <summary>A whole number above zero.</summary>
    PositiveInteger,

    /// <summary>A whole number, zero or above.</summary>
    NonNegativeInteger,

    /// <summary>A decimal number written with a dot (1e-4, 0.5).</summary>
    Number,

    /// <summary>A decimal number between 0 and 1.</summary>
    Probability,
}
