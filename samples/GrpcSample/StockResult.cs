namespace GrpcSample;

/// <summary>The result of <see cref="StockClient.GetStockAsync"/>.</summary>
public sealed record StockResult(StockOutcome Outcome, int Count = 0, string? Problem = null);
