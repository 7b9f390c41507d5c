namespace EntityGraph.Training.Training;

/// <summary>Draws the items of one epoch: at most a fixed number from each training file, a fresh seeded draw per epoch.</summary>
public static class EpochSampler
{
    public static IReadOnlyList<TrainItem> Draw(IReadOnlyList<TrainItem> items, int maxPerGroup, Random random)
    {
        if (maxPerGroup == int.MaxValue)
        {
            return items;
        }

        var drawn = new List<TrainItem>();
        foreach (var group in items.GroupBy(i => i.Group).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            drawn.AddRange(members.Take(maxPerGroup));
        }

        return drawn;
    }
}
