namespace EntityGraph.Training.Training;

/// <summary>One training window: piece ids, casing classes and a label per piece (-100 where no loss applies).</summary>
/// <param name="Group">Index of the training file it came from (per-file sampling).</param>
public sealed record TrainItem(long[] InputIds, long[] CasingIds, long[] Labels, int Group = 0);
