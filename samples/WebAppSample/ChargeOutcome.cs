namespace WebAppSample;

/// <summary>What became of a charge.</summary>
public enum ChargeOutcome
{
    /// <summary>The provider charged the shopper.</summary>
    Charged,

    /// <summary>The provider declined the card (402).</summary>
    Declined,

    /// <summary>The provider failed, after retries, or could not be reached.</summary>
    Failed,

    /// <summary>No answer in time: the charge may or may not have been made.</summary>
    Unknown,
}
