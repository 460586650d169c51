namespace PartnershipBot.Dialogs;

/// <summary>The input a form field needs; a yes/no question is a <see cref="Choice"/> of yes and no.</summary>
public enum FormFieldKind
{
    Text,
    Number,
    Choice,
    MultiChoice,
    Date,
}
