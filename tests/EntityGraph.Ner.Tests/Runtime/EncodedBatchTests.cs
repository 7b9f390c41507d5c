using EntityGraph.Ner.Runtime;
using EntityGraph.TestSupport;
using EntityGraph.Text.Segmentation;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class EncodedBatchTests(FastTierFixture fixture) : IClassFixture<FastTierFixture>
{
    private static readonly string[] Texts =
    [
        "Anna Schmidt works for ACME in Berlin.",
        "Bert met Carla.",
        string.Join(' ', Enumerable.Repeat("Dana Evans visited Frankfurt and Hamburg with Gil.", 8)),
        "ACME.",
    ];

    [Fact]
    public void Inputs_are_grouped_by_length_at_most_max_batch_a_batch()
    {
        var groups = LengthBatches.Group(new[] { "ccc", "a", "bbbb", "dd", "e" }, s => s.Length, 2).ToList();

        Assert.Equal([["a", "e"], ["dd", "ccc"], ["bbbb"]], groups);
    }

    [Fact]
    public async Task Transformer_batches_cover_every_window_once_and_run_to_logits_of_their_shape()
    {
        var model = (TokenClassificationModel)await Catalog().GetAsync(TinyNerModel.ModelId);
        var windows = Texts.SelectMany(t => SentenceSplitter.Split(t).SelectMany(s => model.Predictor.Prepare(t, s.Start, s.End).Windows)).ToList();

        var batches = model.EncodeBatches(Texts, 3);
        try
        {
            Assert.Equal(windows.Count, batches.Sum(b => b.Count));
            Assert.Equal(windows.Sum(w => (long)w.Length), batches.Sum(b => b.Tokens));
            Assert.All(batches, b => Assert.InRange(b.Count, 1, 3));
            Assert.Equal(batches.Select(b => b.Length).Order(), batches.Select(b => b.Length));
            foreach (var batch in batches)
            {
                using var outputs = batch.Run();
                Assert.Equal([batch.Count, batch.Length, model.Scorer.LabelCount], outputs[0].GetTensorTypeAndShape().Shape);
                batch.RunAll();
            }

            var expected = model.Scorer.Score(windows.OrderBy(w => w.Length).Take(3).ToList());
            using var first = batches[0].Run();
            var logits = first[0].GetTensorDataAsSpan<float>();
            for (var b = 0; b < expected.Count; b++)
            {
                Assert.Equal(expected[b], logits.Slice(b * batches[0].Length * model.Scorer.LabelCount, expected[b].Length).ToArray());
            }
        }
        finally
        {
            foreach (var batch in batches)
            {
                batch.Dispose();
            }
        }
    }

    [Fact]
    public async Task BiLstm_batches_cover_every_word_chunk_once()
    {
        var model = (BiLstmCrfModel)await Catalog().GetAsync(TinyBiLstmModel.ModelId);
        var chunks = Texts.SelectMany(t => SentenceSplitter.Split(t).SelectMany(s => model.Predictor.Prepare(t, s.Start, s.End).Chunks)).ToList();

        var batches = model.EncodeBatches(Texts, 2);
        try
        {
            Assert.Equal(chunks.Count, batches.Sum(b => b.Count));
            Assert.Equal(chunks.Sum(c => (long)c.Length), batches.Sum(b => b.Tokens));
            Assert.All(batches, b => Assert.Equal(1, b.Members));
            Assert.All(batches, b => b.RunAll());
        }
        finally
        {
            foreach (var batch in batches)
            {
                batch.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_disposed_batch_refuses_to_run()
    {
        var model = await Catalog().GetAsync(TinyNerModel.ModelId);
        var batch = Assert.Single(model.EncodeBatches(["Anna."], 4));
        batch.Dispose();

        Assert.Throws<ObjectDisposedException>(() => batch.RunAll());
    }

    private ModelCatalog Catalog() => fixture.Services.GetRequiredService<ModelCatalog>();
}
