using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EntityGraph.Training.Fast;

/// <summary>
/// Word embeddings + character CNN (ReLU, max over the word's own characters) + casing embedding, a bidirectional LSTM
/// over packed sequences, a linear layer giving per-word label emissions, and CRF transition, start and end scores.
/// Inputs: word_ids, casing_ids [batch, words], char_ids [batch, words, chars] (0 = padding), lengths [batch].
/// </summary>
public sealed class BiLstmCrfTagger : nn.Module<Tensor, Tensor, Tensor, Tensor, Tensor>
{
    private readonly Embedding word_embeddings;
    private readonly Embedding char_embeddings;
    private readonly Conv1d char_conv;
    private readonly Embedding casing_embeddings;
    private readonly LSTM lstm;
    private readonly Dropout dropout;
    private readonly Linear emissions;
    private readonly Parameter transitions;
    private readonly Parameter start_transitions;
    private readonly Parameter end_transitions;

    public BiLstmCrfTagger(FastModelShape shape, int words, int characters, int labels)
        : base(nameof(BiLstmCrfTagger))
    {
        ArgumentNullException.ThrowIfNull(shape);
        Shape = shape;
        Labels = labels;
        word_embeddings = nn.Embedding(words, shape.WordDim, padding_idx: 0);
        char_embeddings = nn.Embedding(characters, shape.CharDim, padding_idx: 0);
        char_conv = nn.Conv1d(shape.CharDim, shape.CharFilters, shape.CharKernel, padding: shape.CharKernel / 2);
        casing_embeddings = nn.Embedding(FastModelShape.CasingClasses, shape.CasingDim);
        lstm = nn.LSTM(shape.WordDim + shape.CharFilters + shape.CasingDim, shape.Hidden, shape.Layers, batchFirst: true, bidirectional: true,
            dropout: shape.Layers > 1 ? shape.Dropout : 0.0);
        dropout = nn.Dropout(shape.Dropout);
        emissions = nn.Linear(2 * shape.Hidden, labels);
        transitions = nn.Parameter(zeros(labels, labels));
        start_transitions = nn.Parameter(zeros(labels));
        end_transitions = nn.Parameter(zeros(labels));
        RegisterComponents();
        using (no_grad())
        {
            nn.init.uniform_(word_embeddings.weight!, -0.1, 0.1);
            nn.init.uniform_(char_embeddings.weight!, -0.1, 0.1);
            word_embeddings.weight![0].zero_();
            char_embeddings.weight![0].zero_();
        }
    }

    public FastModelShape Shape { get; }

    public int Labels { get; }

    public override Tensor forward(Tensor wordIds, Tensor charIds, Tensor casingIds, Tensor lengths)
    {
        var batch = wordIds.shape[0];
        var length = wordIds.shape[1];
        var width = charIds.shape[2];
        var flatChars = charIds.reshape(batch * length, width);
        var embedded = char_embeddings.forward(flatChars).transpose(1, 2);
        var present = flatChars.gt(0).to_type(ScalarType.Float32).unsqueeze(1);
        var charFeatures = (nn.functional.relu(char_conv.forward(embedded)) * present).amax([2]).reshape(batch, length, Shape.CharFilters);
        var features = cat([word_embeddings.forward(wordIds), charFeatures, casing_embeddings.forward(casingIds)], 2);
        var packed = nn.utils.rnn.pack_padded_sequence(dropout.forward(features), lengths, batch_first: true, enforce_sorted: false);
        var (output, _, _) = lstm.call(packed);
        var (padded, _) = nn.utils.rnn.pad_packed_sequence(output, batch_first: true, total_length: length);
        return emissions.forward(dropout.forward(padded));
    }

    /// <summary>Summed CRF negative log-likelihood of the gold tags, IOB2 transitions enforced by <paramref name="constraints"/>.</summary>
    public Tensor NegativeLogLikelihood(Tensor scores, Tensor tags, Tensor mask, Tensor lengths, CrfConstraints constraints)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        var length = scores.shape[1];
        var count = scores.shape[2];
        var trans = transitions + constraints.Transitions;
        var start = start_transitions + constraints.Start;
        var maskF = mask.to_type(ScalarType.Float32);
        var gold = (scores.gather(2, tags.unsqueeze(2)).squeeze(2) * maskF).sum(1) + start.take(tags.select(1, 0));
        if (length > 1)
        {
            var pairs = (tags.narrow(1, 0, length - 1) * count) + tags.narrow(1, 1, length - 1);
            gold += (trans.reshape(-1).take(pairs) * maskF.narrow(1, 1, length - 1)).sum(1);
        }

        var last = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1);
        gold += end_transitions.take(last);
        var alpha = start.unsqueeze(0) + scores.select(1, 0);
        var expanded = trans.unsqueeze(0);
        for (var t = 1; t < length; t++)
        {
            var next = (alpha.unsqueeze(2) + expanded).logsumexp(1) + scores.select(1, t);
            alpha = where(mask.select(1, t).unsqueeze(1), next, alpha);
        }

        var partition = (alpha + end_transitions.unsqueeze(0)).logsumexp(1);
        return (partition - gold).sum();
    }

    /// <summary>The learned CRF scores as plain arrays (for decoding and export).</summary>
    public Ner.Models.CrfConfig CrfScores()
    {
        var count = Labels;
        var flat = transitions.detach().contiguous().data<float>().ToArray();
        return new Ner.Models.CrfConfig
        {
            Transitions = Enumerable.Range(0, count).Select(r => flat.AsSpan(r * count, count).ToArray()).ToArray(),
            Start = start_transitions.detach().contiguous().data<float>().ToArray(),
            End = end_transitions.detach().contiguous().data<float>().ToArray(),
        };
    }
}
