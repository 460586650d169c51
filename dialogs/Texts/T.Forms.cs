namespace PartnershipBot.Dialogs.Texts;

/// <summary>The forms' texts by name (keys of Forms.resx): form pages, readiness and status labels, safety replies.</summary>
public static partial class T
{
    /// <summary>I closed the question that was open here: the form carries on with the same draft, and every page you finish is saved. Type **new** to carry on in the chat instead.</summary>
    public static LocalText FormTookOverQuestion { get; } = Forms(nameof(FormTookOverQuestion));

    private static LocalText Forms(string key) => new(key, TextSets.Forms);
}
