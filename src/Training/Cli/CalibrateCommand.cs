using System.Globalization;
using System.Text.Json;
using EntityGraph.Ner.Calibration;
using EntityGraph.Training.Export;
using EntityGraph.Training.Training;

namespace EntityGraph.Training.Cli;

/// <summary>entitygraph-train calibrate: fits an exported model's confidence calibration on dev files and stores it with the model.</summary>
public static class CalibrateCommand
{
    public static async Task<int> RunAsync(ArgumentList args, CancellationToken cancellationToken = default)
    {
        var model = args.Single("model") ?? throw new ArgumentException("--model is required");
        if (!File.Exists(Path.Combine(model, "config.json")))
        {
            throw new ArgumentException($"--model: {model} is not a model folder (no config.json)");
        }

        var dev = args.All("dev");
        if (dev.Count == 0)
        {
            throw new ArgumentException("--dev is required (the dev files to fit the calibration on)");
        }

        await CalibrateAsync(
            model,
            dev,
            args.Single("lang") ?? CorpusFile.AutoLanguage,
            args.Int("max-dev-per-file", int.MaxValue),
            args.Int("threads", Math.Max(1, Environment.ProcessorCount)),
            !args.Has("no-card"),
            args.Single("report"),
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
