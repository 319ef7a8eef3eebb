namespace GrpcSample;

/// <summary>What the shop does with a stock lookup.</summary>
public enum StockOutcome
{
    /// <summary>The count is known.</summary>
    Known,

    /// <summary>No such product.</summary>
    UnknownProduct,

    /// <summary>The request was rejected; <see cref="StockResult.Problem"/> says which field.</summary>
    Rejected,

    /// <summary>The inventory service is down; show "check again later".</summary>
    TryLater,
}
