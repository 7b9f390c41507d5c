using System.Globalization;
using System.Text.Json;
using EntityGraph.CommandLine;
using EntityGraph.Ner.Calibration;
using EntityGraph.Training.Export;
using EntityGraph.Training.Training;

namespace EntityGraph.Training.Cli;

/// <summary>entitygraph-train calibrate: fits an exported model's confidence calibration on dev files and stores it with the model.</summary>
public static class CalibrateCommand
{
    public static CommandSpec Spec { get; } = new(
        "calibrate",
        "Fit the model's confidence calibration on dev files (isotonic, per language and per type with enough data) and store it with the model (calibration.json).",
        [
            TrainingOptionSpecs.Model,
            TrainingOptionSpecs.Dev with { Description = "A dev file to fit the calibration on; repeat for several.", Required = true },
            TrainingOptionSpecs.AutoLanguage,
            TrainingOptionSpecs.MaxDevPerFile,
            TrainingOptionSpecs.Threads,
            new OptionSpec("report", "FILE.json", "Also write the whole report as JSON."),
            new OptionSpec("no-card", null, "Do not write the model card's Calibration section."),
        ],
        Notes:
        [
            "The card's Calibration section holds reliability tables, the expected calibration error and the shares accepted /",
            "in review / rejected at 0.95 / 0.80.",
        ]);

    public static async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var model = args.Required("model");
        if (!File.Exists(Path.Combine(model, "config.json")))
        {
            throw new UsageException($"--model: {model} is not a model folder (no config.json)", Spec.Name);
        }

        await CalibrateAsync(
            model,
            args.Values("dev"),
            args.Value("lang") ?? CorpusFile.AutoLanguage,
            args.Integer("max-dev-per-file", int.MaxValue),
            TrainingOptionSpecs.ThreadCount(args),
            !args.HasFlag("no-card"),
            args.Value("report"),
            cancellationToken);
        return 0;
    }

    /// <summary>
    /// Fits and stores the calibration of the model folder on the dev files, writes its card section unless told not to,
    /// prints each file's figures and, given a path, the whole report as JSON.
    /// </summary>
    public static async Task CalibrateAsync(string model, IReadOnlyList<string> dev, string language, int maxPerFile, int threads, bool writeCard, string? reportPath, CancellationToken cancellationToken = default)
    {
        var files = CorpusFile.Load(dev, language, maxPerFile);
        Console.WriteLine($"calibrating {model} on {files.Count} dev file(s), {files.Sum(f => f.Examples.Count)} sentences");
        var report = await ModelCalibrator.FitAsync(model, files, threads, cancellationToken);
        report.Calibration.Save(model);
        report.Baseline.Save(model);
        var command = $"dotnet run --project src/Training -c Release -- calibrate --model {Relative(model)} {string.Join(' ', dev.Select(d => "--dev " + Relative(d)))}";
        if (writeCard)
        {
            CalibrationCard.Write(Path.Combine(model, "README.md"), report, command);
        }

        foreach (var file in report.Files)
        {
            var after = file.Calibrated;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{file.DevSet}: {after.Predictions} entities, ECE {file.Raw.ExpectedCalibrationError:F3} -> {after.ExpectedCalibrationError:F3} (2-fold {file.CrossFitted.ExpectedCalibrationError:F3}, accepted precision {file.CrossFitted.AcceptedPrecision?.ToString("F3", CultureInfo.InvariantCulture) ?? "-"}), accepted {after.AcceptedShare:P1} (precision {after.AcceptedPrecision?.ToString("F3", CultureInfo.InvariantCulture) ?? "-"}), review {after.ReviewShare:P1}, rejected {after.RejectedShare:P1}"));
        }

        if (reportPath is not null)
        {
            await File.WriteAllTextAsync(reportPath, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
        }

        Console.WriteLine($"wrote {Path.Combine(model, ModelCalibration.FileName)}");
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) && !relative.StartsWith("../shared", StringComparison.Ordinal) ? path : relative;
    }
}
