using System.Globalization;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Tests.Engine;

public sealed record AskState(string? Answer = null);

/// <summary>Asks one question, says the understood answer, ends with it. Root in prompt tests.</summary>
public sealed class AskDialog : WaterfallDialog<AskState>
{
    public AskDialog(string promptId, PromptOptions options, params Prompt[] prompts)
        : base("ask", version: 1)
    {
        foreach (var prompt in prompts)
        {
            AddPrompt(prompt);
        }

        AddStep(step => step.Prompt(promptId, options));
        AddStep(step =>
        {
            var answer = Format(step.Result);
            step.State = step.State with { Answer = answer };
            step.Say($"Answer: {answer}");
            return step.End(step.Result);
        });
    }

    public static DialogRunner Runner(string promptId, PromptOptions options, params Prompt[] prompts) =>
        new(new AskDialog(promptId, options, prompts));

    protected override AskState CreateState(object? options) => new();

    private static string Format(object? value) => value switch
    {
        FoundChoice c => c.Value,
        IReadOnlyList<FoundChoice> list => string.Join(",", list.Select(c => c.Value)),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => value?.ToString() ?? "(none)",
    };
}

public sealed record ProfileState
{
    public string? Name { get; init; }

    public decimal? Age { get; init; }

    public bool? Newsletter { get; init; }

    public string? Role { get; init; }
}

public sealed record DraftKept(string Name) : Effect;

/// <summary>A four-question interview with its own help text, validator and cancel summary.</summary>
public sealed class ProfileDialog : WaterfallDialog<ProfileState>
{
    public const string DialogId = "profile";

    public ProfileDialog(int version = 1)
        : base(DialogId, version)
    {
        AddPrompt(new TextPrompt("name")
        {
            Validator = v => v.Value.Any(char.IsDigit) ? PromptValidation.Invalid("A name has no digits.") : PromptValidation.Valid,
        });

        AddStep(step => step.Prompt("name", new PromptOptions { Text = "What is your name?", Help = "Your name as it appears on the contract.", MinLength = 2 }));
        AddStep(step =>
        {
            step.State = step.State with { Name = step.ResultAs<string>() };
            return step.Prompt(PromptIds.Number, new PromptOptions { Text = "How old are you?", Min = 18, Max = 120, WholeNumber = true });
        });
        AddStep(step =>
        {
            step.State = step.State with { Age = step.ResultAs<decimal>() };
            return step.Prompt(PromptIds.Confirm, "Do you want the newsletter?");
        });
        AddStep(step =>
        {
            step.State = step.State with { Newsletter = step.ResultAs<bool>() };
            return step.Prompt(PromptIds.Choice, new PromptOptions { Text = "Your role?", Choices = [new("med", "Medical affairs"), new("pa", "Patient advocacy")] });
        });
        AddStep(step =>
        {
            step.State = step.State with { Role = step.ResultAs<FoundChoice>().Value };
            var s = step.State;
            step.Say($"Saved {s.Name}, {s.Age}, newsletter {(s.Newsletter == true ? "yes" : "no")}, {s.Role}.");
            return step.End(s);
        });
    }

    protected override ProfileState CreateState(object? options) => new();

    protected override MarkdownText? OnCancel(ProfileState state, DialogContext context)
    {
        if (state.Name is null)
        {
            return null;
        }

        context.Emit(new DraftKept(state.Name));
        return $"I kept your draft for {state.Name}.";
    }
}

public sealed record ProjectState(string? Project = null);

/// <summary>Asks a project name, hands it to <see cref="ApprovalDialog"/> and reports the child's result.</summary>
public sealed class ProjectDialog : WaterfallDialog<ProjectState>
{
    public ProjectDialog()
        : base("project", version: 1)
    {
        AddStep(step => step.Prompt(PromptIds.Text, "Project name?"));
        AddStep(step =>
        {
            step.State = step.State with { Project = step.ResultAs<string>() };
            return step.BeginDialog("approval", step.State.Project);
        });
        AddStep(step =>
        {
            step.Say($"{step.State.Project} is {step.ResultAs<string>()}.");
            return step.End();
        });
    }

    protected override ProjectState CreateState(object? options) => new();
}

public sealed record ApprovalState(string Project);

public sealed class ApprovalDialog : WaterfallDialog<ApprovalState>
{
    public ApprovalDialog()
        : base("approval", version: 1)
    {
        AddStep(step => step.Prompt(PromptIds.Confirm, $"Is {step.State.Project} approved?"));
        AddStep(step => step.End(step.ResultAs<bool>() ? "approved" : "rejected"));
    }

    protected override ApprovalState CreateState(object? options) => new((string)options!);
}

public sealed record ShoppingState(IReadOnlyList<string> Items);

/// <summary>Collects items one per round by replacing itself, until the user says done.</summary>
public sealed class ShoppingDialog : WaterfallDialog<ShoppingState>
{
    public ShoppingDialog()
        : base("shopping", version: 1)
    {
        AddStep(step => step.Prompt(PromptIds.Text, $"Item {step.State.Items.Count + 1}? (or done)"));
        AddStep(step =>
        {
            var item = step.ResultAs<string>();
            if (item.Equals("done", StringComparison.OrdinalIgnoreCase))
            {
                step.Say($"List: {string.Join(", ", step.State.Items)}.");
                return step.End(step.State.Items);
            }

            return step.ReplaceDialog("shopping", step.State.Items.Append(item).ToList());
        });
    }

    protected override ShoppingState CreateState(object? options) => new(options as IReadOnlyList<string> ?? []);
}
