namespace WebAppSample;

/// <summary>The sender address of receipts.</summary>
public sealed record ReceiptOptions(string From);
