using EntityGraph.Ner.Models;
using EntityGraph.Training.Export;

namespace EntityGraph.Training.Tests;

public sealed class ModelCardTests : IDisposable
{
    private static readonly ModelConfig Config = new()
    {
        Id = "en-minilm",
        Architecture = ModelArchitectures.Transformer,
        Languages = ["en"],
        Labels = ["O", "B-PER", "I-PER"],
    };

    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("model-card-").FullName, "README.md");

    [Fact]
    public void A_model_continued_from_another_names_it_in_its_data_section()
    {
        ModelCard.Write(_path, Report("models/xx-multi-minilm"), Config);

        var card = File.ReadAllText(_path);
        Assert.Contains("- initialised from `models/xx-multi-minilm` (encoder, head and vocabulary)", card);
        Assert.True(card.IndexOf("initialised from", StringComparison.Ordinal) < card.IndexOf("## Dev scores", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_trained_from_the_pretrained_encoder_names_no_other_model()
    {
        ModelCard.Write(_path, Report(initFrom: null), Config);

        var card = File.ReadAllText(_path);
        Assert.Contains("- base encoder: MiniLM-L6-H384", card);
        Assert.DoesNotContain("initialised from", card);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private static ExportReport Report(string? initFrom) => new()
    {
        ModelId = "en-minilm",
        Language = "en",
        TrainData = ["data/en/conll2003.train.iob2"],
        DevData = ["data/en/conll2003.dev.iob2"],
        InitFrom = initFrom,
    };
}
