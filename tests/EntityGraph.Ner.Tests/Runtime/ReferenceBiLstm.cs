using EntityGraph.Ner.Encoding;
using EntityGraph.OnnxGraph;

namespace EntityGraph.Ner.Tests.Runtime;

/// <summary>
/// A plain C# forward pass of the BiLSTM tagger in torch conventions (gates input, forget, cell, output), one sequence at a
/// time and without padding: the reference the ONNX graph must reproduce.
/// </summary>
public sealed class ReferenceBiLstm(IReadOnlyDictionary<string, WeightTensor> w, int hidden)
{
    public float[] Emissions(WordChunk chunk)
    {
        var features = Enumerable.Range(0, chunk.Length).Select(t => Features(chunk, t)).ToArray();
        var forward = Run(features, string.Empty, reverse: false);
        var backward = Run(features, "_reverse", reverse: true);
        var weight = w["emissions.weight"];
        var labels = (int)weight.Shape[0];
        var result = new float[chunk.Length * labels];
        for (var t = 0; t < chunk.Length; t++)
        {
            var h = forward[t].Concat(backward[t]).ToArray();
            for (var l = 0; l < labels; l++)
            {
                var sum = (double)w["emissions.bias"].Data[l];
                for (var k = 0; k < h.Length; k++)
                {
                    sum += weight.Data[(l * h.Length) + k] * h[k];
                }

                result[(t * labels) + l] = (float)sum;
            }
        }

        return result;
    }

    private double[] Features(WordChunk chunk, int t)
    {
        var word = Row("word_embeddings.weight", chunk.WordIds[t]);
        var casing = Row("casing_embeddings.weight", chunk.CasingIds[t]);
        var kernel = w["char_conv.weight"];
        var filters = (int)kernel.Shape[0];
        var dim = (int)kernel.Shape[1];
        var width = (int)kernel.Shape[2];
        var chars = Enumerable.Range(0, chunk.CharWidth).Select(c => chunk.CharIds[(t * chunk.CharWidth) + c]).TakeWhile(id => id != 0).ToArray();
        var pooled = new double[filters];
        for (var f = 0; f < filters; f++)
        {
            for (var position = 0; position < chars.Length; position++)
            {
                var sum = (double)w["char_conv.bias"].Data[f];
                for (var k = 0; k < width; k++)
                {
                    var source = position + k - (width / 2);
                    if (source < 0 || source >= chunk.CharWidth)
                    {
                        continue;
                    }

                    var id = chunk.CharIds[(t * chunk.CharWidth) + source];
                    var embedding = Row("char_embeddings.weight", id);
                    for (var d = 0; d < dim; d++)
                    {
                        sum += kernel.Data[(((f * dim) + d) * width) + k] * embedding[d];
                    }
                }

                pooled[f] = Math.Max(pooled[f], Math.Max(0, sum));
            }
        }

        return [.. word, .. pooled, .. casing];
    }

    private double[][] Run(double[][] inputs, string suffix, bool reverse)
    {
        var wi = w[$"lstm.weight_ih_l0{suffix}"];
        var wh = w[$"lstm.weight_hh_l0{suffix}"].Data;
        var bi = w[$"lstm.bias_ih_l0{suffix}"].Data;
        var bh = w[$"lstm.bias_hh_l0{suffix}"].Data;
        var size = (int)wi.Shape[1];
        var h = new double[hidden];
        var c = new double[hidden];
        var outputs = new double[inputs.Length][];
        for (var step = 0; step < inputs.Length; step++)
        {
            var t = reverse ? inputs.Length - 1 - step : step;
            var gates = new double[4 * hidden];
            for (var r = 0; r < 4 * hidden; r++)
            {
                var sum = (double)bi[r] + bh[r];
                for (var k = 0; k < size; k++)
                {
                    sum += wi.Data[(r * size) + k] * inputs[t][k];
                }

                for (var k = 0; k < hidden; k++)
                {
                    sum += wh[(r * hidden) + k] * h[k];
                }

                gates[r] = sum;
            }

            var next = new double[hidden];
            for (var u = 0; u < hidden; u++)
            {
                var input = Sigmoid(gates[u]);
                var forget = Sigmoid(gates[hidden + u]);
                var cell = Math.Tanh(gates[(2 * hidden) + u]);
                var output = Sigmoid(gates[(3 * hidden) + u]);
                c[u] = (forget * c[u]) + (input * cell);
                next[u] = output * Math.Tanh(c[u]);
            }

            h = next;
            outputs[t] = next;
        }

        return outputs;
    }

    private double[] Row(string name, long id)
    {
        var table = w[name];
        var columns = (int)table.Shape[1];
        return table.Data.AsSpan((int)id * columns, columns).ToArray().Select(v => (double)v).ToArray();
    }

    private static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
