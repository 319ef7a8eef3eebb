namespace FakeStatus;

/// <summary>One step of a sequence and how many consecutive calls it answers (<c>Times(n)</c>; 1 by default).</summary>
internal readonly struct SequenceStep(ResponseStep step, int count)
{
    public ResponseStep Step { get; } = step;

    public int Count { get; } = count;

    public string Description => Count == 1 ? Step.Description : Step.Description + " x" + Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
