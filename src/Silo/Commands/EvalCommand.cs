using System.Globalization;
using System.Text;
using System.Text.Json;
using EntityGraph.CommandLine;
using EntityGraph.Corpus;
using EntityGraph.Grains;
using EntityGraph.Ner.Calibration;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Evaluation;
using EntityGraph.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Commands;

/// <summary>entitygraph eval: strict entity-level scores of the platform pipeline on a labelled column file.</summary>
public sealed class EvalCommand(HostSettings? defaults = null) : CliCommand
{
    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public override CommandSpec Spec { get; } = new(
        "eval",
        "Score the extraction pipeline on a labelled CoNLL/IOB file (strict spans, conlleval semantics).",
        [
            new OptionSpec("data", "FILE", "Labelled column file: token ... tag per line, blank line between sentences (IOB1/IOB2/BIOES).") { Required = true },
            new OptionSpec("lang", "LANG", "Language of the data; tokens are joined with spaces (none for zh and ja) into the text the pipeline sees.") { Required = true },
            new OptionSpec("model", "ID", "Serve every sentence with this model instead of the manifest's route for LANG."),
            new OptionSpec("predictions", "OUT", "Write token<TAB>gold<TAB>predicted<TAB>confidence lines (the confidence of the predicted entity the token belongs to; empty for O), a blank line between sentences."),
            CommonOptions.AccuracyOption with { Description = "Model tier when --model is not given (default best)." },
            new OptionSpec("domain", "NAME", "Evaluate the route of this domain: its active promoted model, else the language's general one."),
            CommonOptions.DataDir,
            new OptionSpec("accept", "P", "Confidence from which an entity is accepted, for the shares reported (default: EntityGraph:Review, per language and type; 0.95).") { Kind = OptionValueKind.Probability },
            new OptionSpec("reject", "P", "Confidence below which an entity is rejected, for the shares reported (default: EntityGraph:Review; 0.80).") { Kind = OptionValueKind.Probability },
            new OptionSpec("limit", "N", "Score only the first N sentences.") { Kind = OptionValueKind.PositiveInteger },
            new OptionSpec("json", null, "Print one JSON object instead of a table."),
            CommonOptions.Verbose,
        ]);

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var data = arguments.Required("data");
        var language = arguments.Required("lang");
        if (!File.Exists(data))
        {
            throw new UsageException($"--data: no such file '{data}'", Spec.Name);
        }

        var accuracy = CommonOptions.Accuracy(arguments);
        var uniform = Thresholds(arguments);
        IReadOnlyList<LabeledSentence> sentences;
        try
        {
            sentences = ConllReader.ReadFile(data);
        }
        catch (CorpusFormatException ex)
        {
            await console.Error.WriteLineAsync($"entitygraph eval: error: {ex.Message}");
            return ExitCodes.Failure;
        }

        sentences = sentences.Take(arguments.Integer("limit", int.MaxValue)).ToList();
        var overrides = new Dictionary<string, string?>(defaults.Overrides) { ["EntityGraph:Ner:EnablePatternRecognizers"] = "false" };
        if (arguments.Value("model") is { } model)
        {
            overrides["EntityGraph:Ner:ModelOverride"] = model;
        }

        var settings = CommonOptions.Apply(defaults, arguments) with { Verbose = arguments.HasFlag("verbose") || defaults.Verbose, InitializeStore = false, Overrides = overrides };
        await using var runtime = await WorkerRuntime.StartAsync(settings, HostMode.Worker, cancellationToken);
        var review = runtime.Services.GetRequiredService<IOptions<ReviewOptions>>().Value;
        Func<string, ConfidenceThresholds> thresholds = type => uniform ?? review.For(language, type);
        var (report, predictions) = await new PipelineEvaluator(runtime.Grains).EvaluateAsync(sentences, language, accuracy, thresholds, arguments.Value("domain"), cancellationToken);
        if (arguments.Value("predictions") is { } output)
        {
            await WritePredictionsAsync(output, sentences, predictions, cancellationToken);
        }

        await console.Out.WriteLineAsync(arguments.HasFlag("json") ? JsonSerializer.Serialize(report) : Table(report));
        return ExitCodes.Success;
    }

    /// <summary>The thresholds --accept and --reject give (each defaulting to the product default), or null when neither is given.</summary>
    private ConfidenceThresholds? Thresholds(CommandArguments arguments)
    {
        if (arguments.Number("accept") is null && arguments.Number("reject") is null)
        {
            return null;
        }

        var accept = arguments.Number("accept", ConfidenceThresholds.Default.Accept);
        var reject = arguments.Number("reject", ConfidenceThresholds.Default.Reject);
        return reject <= accept
            ? new ConfidenceThresholds(accept, reject)
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--reject ({reject}) must not be above --accept ({accept})"), Spec.Name);
    }

    private static async Task WritePredictionsAsync(string path, IReadOnlyList<LabeledSentence> sentences, SentencePrediction[] predictions, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var t = 0; t < sentences[s].Tokens.Count; t++)
            {
                var confidence = predictions[s].Confidences[t]?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;
                text.Append(sentences[s].Tokens[t]).Append('\t').Append(sentences[s].Tags[t]).Append('\t').Append(predictions[s].Tags[t]).Append('\t').Append(confidence).Append('\n');
            }

            text.Append('\n');
        }

        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), cancellationToken);
    }

    private static string Table(EvaluationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"model {report.Model}, language {report.Language}: {report.Sentences} sentences, {report.Tokens} tokens in {report.Seconds:F1} s");
        text.AppendLine(c, $"{"type",-10} {"precision",9} {"recall",9} {"f1",9} {"support",8}");
        foreach (var (type, score) in report.PerType)
        {
            text.AppendLine(c, $"{type,-10} {score.Precision,9:F2} {score.Recall,9:F2} {score.F1,9:F2} {score.Support,8}");
        }

        text.Append(c, $"{"overall",-10} {report.Precision,9:F2} {report.Recall,9:F2} {report.F1,9:F2}");
        if (report.IgnoredTypes.Count > 0)
        {
            text.AppendLine().Append(c, $"ignored predicted types absent from the data: {string.Join(", ", report.IgnoredTypes)}");
        }

        if (report.Confidence is { } confidence)
        {
            text.AppendLine().Append(c, $"confidence: {confidence.Entities} entities, expected calibration error {confidence.ExpectedCalibrationError:F3}; ");
            text.Append(c, $"accepted (>= {confidence.AcceptThreshold:F2}) {confidence.Accepted:P1}, review {confidence.Review:P1}, rejected (< {confidence.RejectThreshold:F2}) {confidence.Rejected:P1}; ");
            text.Append(c, $"precision of the accepted {(confidence.AcceptedPrecision is { } p ? p.ToString("F3", c) : "-")}");
        }

        if (report.RejectedSentences > 0)
        {
            text.AppendLine().Append(c, $"sentences rejected as input (scored as predicting nothing): {report.RejectedSentences}");
        }

        return text.ToString();
    }
}
