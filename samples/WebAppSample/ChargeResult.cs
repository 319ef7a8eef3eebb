namespace WebAppSample;

/// <summary>A charge's outcome, with the provider's status and reason phrase when it answered.</summary>
public sealed record ChargeResult(ChargeOutcome Outcome, string? ChargeId, int? Status, string? Reason);
