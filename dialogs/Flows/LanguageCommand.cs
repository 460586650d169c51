using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows;

/// <summary>
/// <c>language de|fr|en|auto</c>: the per-person override of the channel's locale. The answer comes in the
/// language just chosen, and the next turn is in it (the host reads the choice from the users row).
/// </summary>
public static class LanguageCommand
{
    public const string Name = "language";

    public static BotDialogsBuilder AddLanguage(this BotDialogsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCommand(new BotCommand
        {
            Name = Name,
            Usage = "language de|fr|en|auto",
            Description = T.HelpLanguage.In(Languages.English).Value,
            DescriptionText = T.HelpLanguage,
            Aliases = ["sprache", "langue"],
            TakesArguments = true,
            Handler = Run,
        });
    }

    private static Engine.DialogTurnResult Run(CommandInvocation i)
    {
        var argument = i.Arguments.Trim();
        if (argument.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            i.Step.Context.Emit(new SetLanguage(null));
            i.Step.Say(T.LanguageAuto.In(Languages.For(i.Context.Turn.User.Locale)));
            return i.Step.End();
        }

        if (argument.Length == 0 || Languages.Named(argument) is not { } chosen)
        {
            i.Step.Say(T.LanguageUsage.In(i.Context.Culture));
            return i.Step.End();
        }

        i.Step.Context.Emit(new SetLanguage(Languages.Code(chosen)));
        i.Step.Say(T.LanguageSet.In(chosen));
        return i.Step.End();
    }
}
