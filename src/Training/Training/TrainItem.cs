namespace EntityGraph.Training.Training;

/// <summary>One training window: piece ids, casing classes and a label per piece (-100 where no loss applies).</summary>
public sealed record TrainItem(long[] InputIds, long[] CasingIds, long[] Labels);
