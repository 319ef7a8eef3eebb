namespace FakeStatus;

/// <summary>The response templates a catalog entry keeps, each made from its definition once, on first use.</summary>
internal static class StatusEntryTemplates
{
    private static readonly StatusEntryValue<ResponseTemplate> Canonical = new(ResponseTemplate.Canonical);
    private static readonly StatusEntryValue<ResponseTemplate> Text = new(ResponseTemplate.Text);
    private static readonly StatusEntryValue<ResponseTemplate> Substitute = new(ResponseTemplate.Substitute);

    extension(StatusEntry entry)
    {
        /// <summary>The canonical response: the canonical JSON body and the definition's headers.</summary>
        public ResponseTemplate Template => entry.Get(Canonical);

        /// <summary>httpstat.us's plain-text variant, <c>{code} {reason phrase}</c>.</summary>
        public ResponseTemplate TextTemplate => entry.Get(Text);

        /// <summary>What the real system sends instead (nginx 494-497: a 400 with nginx's page), when it substitutes another status.</summary>
        public ResponseTemplate SubstituteTemplate => entry.Get(Substitute);
    }
}
