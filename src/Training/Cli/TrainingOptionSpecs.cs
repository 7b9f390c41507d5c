using EntityGraph.CommandLine;

namespace EntityGraph.Training.Cli;

/// <summary>Options several entitygraph-train commands share.</summary>
internal static class TrainingOptionSpecs
{
    /// <summary>The data formats every file option reads.</summary>
    public const string DataFormats = "CoNLL column files (tag in the last column; IOB1, IOB2, BIOES) or JSONL span files (*.jsonl)";

    public static readonly OptionSpec Data = new("data", "PATH", "A training file, or a folder of them; repeat for several.", Repeatable: true) { Required = true };

    public static readonly OptionSpec Dev = new("dev", "PATH", "A dev file, or a folder of them (model selection, scores); repeat for several.", Repeatable: true);

    public static readonly OptionSpec Language = new("lang", "LANG", "Language of the data; auto takes each file's language from its folder (DATA/LANG/file).") { Required = true };

    public static readonly OptionSpec AutoLanguage = new("lang", "LANG|auto", "Language of the files (default auto: each file's language from its folder, DATA/LANG/file).");

    public static readonly OptionSpec RunFolder = new("out", "DIR", "The run folder (checkpoints, log); a run resumes from it when it holds a checkpoint.") { Required = true };

    public static readonly OptionSpec ModelOutput = new("out", "MODEL_DIR", "The model folder to write.") { Required = true };

    public static readonly OptionSpec Model = new("model", "MODEL_DIR", "An exported model folder (holds config.json).") { Required = true };

    public static readonly OptionSpec Id = new("id", "ID", "The model id (default: the name of the --out folder).");

    public static readonly OptionSpec Threads = new("threads", "N", "Threads (default: one per core).") { Kind = OptionValueKind.PositiveInteger };

    public static readonly OptionSpec MaxDevPerFile = new("max-dev-per-file", "N", "Score at most the first N sentences of every dev file.") { Kind = OptionValueKind.PositiveInteger };

    public static readonly OptionSpec Manifest = new("manifest", "FILE", "Register the model in this manifest (e.g. models/manifest.json).");

    public static readonly OptionSpec Route = new("route", "LANG", "With --manifest: route this language to the model; repeat for several.", Repeatable: true);

    public static readonly OptionSpec Seed = new("seed", "N", "Random seed (default 13).") { Kind = OptionValueKind.Integer };

    public static readonly OptionSpec MaxSteps = new("max-steps", "N", "Stop after N optimizer steps.") { Kind = OptionValueKind.PositiveInteger };

    public static readonly OptionSpec MaxExamples = new("max-examples", "N", "Use at most N training examples.") { Kind = OptionValueKind.PositiveInteger };

    /// <summary>--tier best|fast.</summary>
    public static OptionSpec Tier(string description) => OptionSpec.Choice("tier", description, ["best", "fast"]);

    /// <summary>A whole-number option above zero.</summary>
    public static OptionSpec Positive(string name, string description) => new(name, "N", description) { Kind = OptionValueKind.PositiveInteger };

    /// <summary>A decimal-number option.</summary>
    public static OptionSpec Number(string name, string valueName, string description) => new(name, valueName, description) { Kind = OptionValueKind.Number };

    /// <summary>The --threads of the command line, or one per core.</summary>
    public static int ThreadCount(CommandArguments arguments) => arguments.Integer(Threads.Name, Math.Max(1, Environment.ProcessorCount));
}
