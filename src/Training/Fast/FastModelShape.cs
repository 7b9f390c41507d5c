namespace EntityGraph.Training.Fast;

/// <summary>Sizes of a BiLSTM-CRF tagger: embedding widths, character CNN, LSTM and dropout.</summary>
public sealed record FastModelShape
{
    public int WordDim { get; init; } = 100;

    public int CharDim { get; init; } = 30;

    public int CharFilters { get; init; } = 50;

    public int CharKernel { get; init; } = 3;

    public int CasingDim { get; init; } = 8;

    public int Hidden { get; init; } = 160;

    public int Layers { get; init; } = 1;

    public double Dropout { get; init; } = 0.5;

    public const int CasingClasses = 5;
}
