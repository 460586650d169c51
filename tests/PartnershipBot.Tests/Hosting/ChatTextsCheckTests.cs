using Microsoft.Extensions.Logging;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Hosting;
using PartnershipBot.Texts;

namespace PartnershipBot.Tests.Hosting;

/// <summary>A chat text missing in a language is reported once at start-up, in one warning naming each key.</summary>
public sealed class ChatTextsCheckTests
{
    [Fact]
    public void MissingTranslations_OneWarningNamingEachKey()
    {
        var logger = new CollectingLogger();

        ChatTextsCheck.Report(logger, [("de", "DateGotIt"), ("fr", "DateGotIt"), ("fr", "TextEmpty")]);

        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("3 have no translation", warning.Message, StringComparison.Ordinal);
        Assert.Contains("de: DateGotIt, fr: DateGotIt, fr: TextEmpty", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingMissing_NoWarning()
    {
        var logger = new CollectingLogger();

        ChatTextsCheck.Report(logger, TextSets.Missing([.. TextSets.All, .. HostTexts.All]));

        Assert.Empty(logger.Entries);
    }

    private sealed class CollectingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
