namespace FakeStatus;

/// <content>Error styles on the URL conventions: the URL's prefix, else <see cref="FakeStatusOptions.ErrorStyle"/>.</content>
public sealed partial class FakeStatusHandler
{
    private ErrorStyle? StyleOf(in ConventionMatch match) => match.Style ?? Options.ErrorStyle;

    private static ResponseTemplate ConventionTemplate(StatusEntry entry, ErrorStyle? style) =>
        style is not null && style.AppliesTo(entry.Definition.Code, entry.Definition.BodyAllowed)
            ? style.TemplateFor(entry.Definition)
            : entry.Template;
}
