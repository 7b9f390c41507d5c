using Onnx;

namespace EntityGraph.OnnxGraph;

/// <summary>
/// Merges models that take the same inputs into one graph whose named output is the element-wise mean of the members'
/// (ONNX <c>Mean</c>). Each member's nodes, initializers and intermediate values are prefixed with <c>m{index}/</c>;
/// the graph inputs stay shared, so one session runs every member on one feed.
/// </summary>
public static class GraphEnsembler
{
    public static ModelProto Mean(IReadOnlyList<ModelProto> members, string output)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count < 2)
        {
            throw new ArgumentException($"an ensemble needs at least two members, got {members.Count}", nameof(members));
        }

        var first = members[0];
        var inputs = first.Graph.Input.Select(i => i.Name).ToList();
        var graph = new GraphProto { Name = "entitygraph-ensemble" };
        graph.Input.AddRange(first.Graph.Input.Select(i => i.Clone()));
        var memberOutputs = new List<string>();
        for (var m = 0; m < members.Count; m++)
        {
            var member = members[m].Graph;
            if (!member.Input.Select(i => i.Name).SequenceEqual(inputs))
            {
                throw new ArgumentException($"member {m} has inputs [{string.Join(", ", member.Input.Select(i => i.Name))}], member 0 [{string.Join(", ", inputs)}]", nameof(members));
            }

            if (member.Output.All(o => o.Name != output))
            {
                throw new ArgumentException($"member {m} has no output '{output}'", nameof(members));
            }

            var prefix = $"m{m}/";
            string Rename(string name) => name.Length == 0 || inputs.Contains(name) ? name : prefix + name;
            foreach (var initializer in member.Initializer)
            {
                var copy = initializer.Clone();
                copy.Name = Rename(copy.Name);
                graph.Initializer.Add(copy);
            }

            foreach (var node in member.Node)
            {
                var copy = node.Clone();
                copy.Name = prefix + copy.Name;
                for (var i = 0; i < copy.Input.Count; i++)
                {
                    copy.Input[i] = Rename(copy.Input[i]);
                }

                for (var i = 0; i < copy.Output.Count; i++)
                {
                    copy.Output[i] = Rename(copy.Output[i]);
                }

                graph.Node.Add(copy);
            }

            memberOutputs.Add(Rename(output));
        }

        var mean = new NodeProto { OpType = "Mean", Name = "ensemble_mean" };
        mean.Input.AddRange(memberOutputs);
        mean.Output.Add(output);
        graph.Node.Add(mean);
        graph.Output.Add(first.Graph.Output.Single(o => o.Name == output).Clone());
        var model = new ModelProto { IrVersion = first.IrVersion, ProducerName = "entitygraph", Graph = graph };
        model.OpsetImport.AddRange(first.OpsetImport.Select(o => o.Clone()));
        return model;
    }
}
