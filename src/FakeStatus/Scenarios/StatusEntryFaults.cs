namespace FakeStatus;

/// <summary>The fault that stands for a status whose real system sends no response, kept on its catalog entry.</summary>
internal static class StatusEntryFaults
{
    private static readonly StatusEntryValue<FakeFault> Delivery = new(StatusEntry.FaultFor);

    extension(StatusEntry entry)
    {
        /// <summary>The fault that stands for this status when the real system sends no response (see <see cref="FaultFor"/>).</summary>
        public FakeFault DeliveryFault => entry.Get(Delivery);
    }

    extension(StatusEntry)
    {
        /// <summary>
        /// What the client meets instead of a response: nginx 444 closes the connection; nginx 499 and AWS ELB 460 are only
        /// logged after the client gave up, so the client sees its own timeout.
        /// </summary>
        public static FakeFault FaultFor(StatusDefinition definition) =>
            (definition.ClientReceives == ClientReceives.LoggedOnly ? FakeFault.Timeout() : FakeFault.ConnectionClosed()).StandingFor(definition);
    }
}
