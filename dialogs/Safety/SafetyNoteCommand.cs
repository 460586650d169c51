using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Safety;

/// <summary>
/// <c>safety note TEXT</c> (or <c>safety note PV-... TEXT</c>) adds a note to the user's latest (or that) safety
/// report, at any point of a conversation: the report is never withdrawn, the note travels after it. "That was not
/// a side effect" on its own line is a note too, the sentence people write after the notice.
/// </summary>
public static partial class SafetyNoteCommand
{
    public const string Name = "safety note";

    /// <summary>Sentences taken as a note in full (compared like commands: case, spaces and a final full stop ignored).</summary>
    public static IReadOnlyList<string> Sentences { get; } =
    [
        "that was not a side effect", "that wasn't a side effect", "that wasn’t a side effect", "that wasnt a side effect",
        "it was not a side effect", "it wasn't a side effect", "it wasn’t a side effect", "not a side effect",
        "that was not an adverse event", "that wasn't an adverse event", "that wasn’t an adverse event",
    ];

    public static BotDialogsBuilder AddSafetyNotes(this BotDialogsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCommand(BotCommand.Run(Name, T.HelpSafetyNote, Note) with
        {
            Usage = "safety note TEXT",
            Aliases = Sentences,
            TakesArguments = true,
            OutranksAnswers = true,
        });
    }

    /// <summary>Whether a typed line is a note, so the host loads the user's reports only for those turns.</summary>
    public static bool IsNote(string? text)
    {
        var typed = TypedLine.Normalize(text);
        return typed.StartsWith(Name, StringComparison.OrdinalIgnoreCase)
            || Sentences.Any(s => typed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private static DialogTurnResult Note(CommandInvocation i)
    {
        var step = i.Step;
        var typed = TypedLine.Normalize(step.Turn.Text);
        var byName = typed.StartsWith(Name, StringComparison.OrdinalIgnoreCase);
        var (reference, note) = byName ? Split(i.Arguments) : (null, typed);
        if (note.Length == 0)
        {
            step.Say(T.SafetyNoteUsage.In(step.Context.Culture));
            return step.End();
        }

        if (step.Context.Inputs.Get<SafetyReportsSnapshot>() is not { } snapshot)
        {
            // First run of the turn: the host loads the user's reports and runs it again.
            return step.End();
        }

        var report = reference is null
            ? snapshot.Reports.FirstOrDefault()
            : snapshot.Reports.FirstOrDefault(r => string.Equals(r.Reference, reference, StringComparison.OrdinalIgnoreCase));
        if (report is null)
        {
            step.Say(reference is null
                ? T.SafetyNoteNoReport.In(step.Context.Culture)
                : T.SafetyNoteReportNotFound.Format(step.Context.Culture, reference));
            return step.End();
        }

        step.Context.Emit(new AddSafetyNote(report.Reference, note));
        step.Say(T.SafetyNoteAdded.Format(step.Context.Culture, report.Reference));
        return step.End();
    }

    /// <summary>An optional reference first ("PV-20261206-7K3QXM it was sunburn"), then the note.</summary>
    private static (string? Reference, string Note) Split(string arguments)
    {
        var match = ReferenceFirst().Match(arguments);
        return match.Success
            ? (match.Groups["ref"].Value.ToUpperInvariant(), match.Groups["note"].Value.Trim(' ', ':', ',', '-'))
            : (null, arguments.Trim());
    }

    [GeneratedRegex(@"^(?<ref>PV-\d{8}-[A-Z0-9]{4,10})\b(?<note>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ReferenceFirst();
}
