using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PartnershipBot.Dialogs;

/// <summary>
/// Text in the replies' markdown subset that is safe to show: built from an interpolated string whose holes are
/// escaped (<see cref="Markdown.Escape"/>) unless they are themselves <see cref="MarkdownText"/>, so
/// <c>$"Now working on **{title}**"</c> can never turn a title into a link, a mention or formatting. Markup the
/// code means comes from the literal parts; pack or code text that carries its own markup is passed with
/// <see cref="Trusted"/>, which says so where it happens. A plain string does not convert to this type: a reply
/// built from a user value without an interpolation fails to compile instead of being sent raw.
/// </summary>
[InterpolatedStringHandler]
public sealed class MarkdownText : IEquatable<MarkdownText>
{
    private readonly StringBuilder? builder;
    private string? markdown;

    /// <summary>Called by the compiler for <c>$"..."</c>; not meant to be called directly.</summary>
    public MarkdownText(int literalLength, int formattedCount) => builder = new StringBuilder(literalLength + (formattedCount * 16));

    private MarkdownText(string markdown) => this.markdown = markdown;

    public static MarkdownText Empty { get; } = new("");

    /// <summary>The markdown as it will be rendered.</summary>
    public string Value => markdown ??= builder!.ToString();

    /// <summary>Text the code or the guidance pack wrote, markup included: never a value a user typed.</summary>
    public static MarkdownText Trusted(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return new MarkdownText(markdown);
    }

    /// <summary>A user's value as plain text: every character that could be markup is escaped.</summary>
    public static MarkdownText Plain(string text) => new(Markdown.EscapeText(text));

    /// <summary>Joins parts with a separator the code wrote.</summary>
    public static MarkdownText Join(string separator, IEnumerable<MarkdownText> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new MarkdownText(string.Join(separator, parts.Select(p => p.Value)));
    }

    public static MarkdownText operator +(MarkdownText left, MarkdownText right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new MarkdownText(left.Value + right.Value);
    }

    /// <summary>Reading is always safe: renderers and tests see the markdown.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static implicit operator string?(MarkdownText? text) => text?.Value;

    public void AppendLiteral(string literal) => Builder.Append(literal);

    public void AppendFormatted(string? value) => Builder.Append(Markdown.EscapeText(value ?? ""));

    public void AppendFormatted(MarkdownText? value) => Builder.Append(value?.Value);

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format) =>
        Builder.Append(Markdown.EscapeText(value is IFormattable f ? f.ToString(format, CultureInfo.InvariantCulture) : value?.ToString() ?? ""));

    public override string ToString() => Value;

    public bool Equals(MarkdownText? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is MarkdownText other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    private StringBuilder Builder => markdown is null && builder is not null
        ? builder
        : throw new InvalidOperationException("A MarkdownText is complete once read.");
}
