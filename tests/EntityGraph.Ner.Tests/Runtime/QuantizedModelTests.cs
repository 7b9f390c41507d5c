using EntityGraph.Ner.Runtime;
using EntityGraph.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class QuantizedModelTests(TinyModelFixture fixture) : IClassFixture<TinyModelFixture>
{
    [Fact]
    public async Task The_int8_graph_gives_the_same_entities_as_float32()
    {
        var root = Path.Combine(Path.GetTempPath(), "eg-q-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = TinyNerModel.Create(root, quantize: true);
            var catalog = fixture.Services.GetRequiredService<ModelCatalog>();
            await using var quantized = catalog.LoadFolder(folder);
            Assert.True(quantized.Config.Quantized);
            Assert.Equal("CPU", quantized.Provider);

            const string text = "ACME hired Anna and IBM hired Bob in berlin";
            var spans = await quantized.PredictAsync(text);
            Assert.Equal([("ACME", "ORG"), ("Anna", "PER"), ("IBM", "ORG"), ("Bob", "PER")], spans.Select(s => (text[s.Start..s.End], s.Type)).ToArray());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
