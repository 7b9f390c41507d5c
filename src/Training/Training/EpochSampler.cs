namespace EntityGraph.Training.Training;

/// <summary>Draws the items of one epoch: at most a fixed number from each training file, a fresh seeded draw per epoch.</summary>
public static class EpochSampler
{
    public static IReadOnlyList<TrainItem> Draw(IReadOnlyList<TrainItem> items, int maxPerGroup, Random random) =>
        Draw(items, _ => maxPerGroup, random);

    /// <param name="items">Training items; <see cref="TrainItem.Group"/> is the index of their file.</param>
    /// <param name="maxOfGroup">The most items drawn from a group, by group.</param>
    /// <param name="random">The epoch's seeded generator.</param>
    public static IReadOnlyList<TrainItem> Draw(IReadOnlyList<TrainItem> items, Func<int, int> maxOfGroup, Random random)
    {
        var groups = items.GroupBy(i => i.Group).OrderBy(g => g.Key).ToList();
        if (groups.All(g => maxOfGroup(g.Key) >= g.Count()))
        {
            return items;
        }

        var drawn = new List<TrainItem>();
        foreach (var group in groups)
        {
            var members = group.ToArray();
            random.Shuffle(members);
            drawn.AddRange(members.Take(maxOfGroup(group.Key)));
        }

        return drawn;
    }
}
