using System.CommandLine;
using PartnershipBot.Data;
using PartnershipBot.Documents;

namespace PartnershipBot.Hosting;

/// <summary>
/// `agreement --collaboration ID --out FILE` (the written agreement draft) and `disclosure export --year YEAR
/// --country CC [--format xlsx|csv|html] --out FILE` (the year's publication), on the same database as the web host.
/// In Hosting because they build the host's services.
/// </summary>
public static class DocumentCommands
{
    public static Command CreateAgreement()
    {
        var id = new Option<string>("--collaboration", "-c") { Description = "The collaboration's id (as on its dashboard page).", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The .docx file to write.", Required = true };
        var command = new Command("agreement", "Write a collaboration's written agreement draft (.docx), built from its answers.");
        command.Options.Add(id);
        command.Options.Add(output);
        command.SetAction((parse, ct) => AgreementAsync(parse.GetValue(id)!, parse.GetValue(output)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    public static Command CreateDisclosure()
    {
        var year = new Option<int>("--year", "-y") { Description = "The year the support was paid or given.", Required = true };
        var country = new Option<string>("--country") { Description = "Two-letter country code, e.g. GB.", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "xlsx, csv or html.", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong([.. PublicationWriter.Formats]);
        var output = new Option<string>("--out", "-o") { Description = "The file to write.", Required = true };
        var export = new Command("export", "Write the year's disclosure publication for one country (.xlsx, CSV or an HTML page).");
        export.Options.Add(year);
        export.Options.Add(country);
        export.Options.Add(format);
        export.Options.Add(output);
        export.SetAction((parse, ct) => DisclosureAsync(parse.GetValue(year), parse.GetValue(country)!, parse.GetValue(format)!, parse.GetValue(output)!,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        var disclosure = new Command("disclosure", "The year's public disclosure of support.");
        disclosure.Subcommands.Add(export);
        return disclosure;
    }

    public static async Task<int> AgreementAsync(string id, string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!Guid.TryParse(id, out var collaborationId))
        {
            await error.WriteLineAsync($"'{id}' is not a collaboration id (a GUID, as on its dashboard page).");
            return 1;
        }

        await using var app = ConsoleChatCommand.BuildHost();
        return await PrepareAsync(app.Services, error, cancellationToken)
            ? await WriteAgreementAsync(app.Services, collaborationId, path, output, error, cancellationToken)
            : 1;
    }

    /// <summary>The verb's work on a prepared host's services.</summary>
    public static async Task<int> WriteAgreementAsync(IServiceProvider services, Guid collaborationId, string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var document = await services.GetRequiredService<AgreementDocuments>().DraftAsync(collaborationId, cancellationToken);
        if (document is null)
        {
            await error.WriteLineAsync($"No collaboration {collaborationId} in this database.");
            return 1;
        }

        await File.WriteAllBytesAsync(path, document.Bytes, cancellationToken);
        await output.WriteLineAsync($"Agreement draft written to {Path.GetFullPath(path)}");
        return 0;
    }

    public static async Task<int> DisclosureAsync(int year, string country, string format, string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (year is < 2000 or > 2100 || country is not { Length: 2 } || !country.All(char.IsAsciiLetter))
        {
            await error.WriteLineAsync("Give --year between 2000 and 2100 and --country as a two-letter code such as GB.");
            return 1;
        }

        await using var app = ConsoleChatCommand.BuildHost();
        return await PrepareAsync(app.Services, error, cancellationToken)
            ? await ExportDisclosureAsync(app.Services, year, country, format, path, output, error, cancellationToken)
            : 1;
    }

    /// <summary>The verb's work on a prepared host's services.</summary>
    public static async Task<int> ExportDisclosureAsync(IServiceProvider services, int year, string country, string format, string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var publication = await services.GetRequiredService<DisclosurePublisher>().BuildAsync(year, country, cancellationToken);
        await using (var file = File.Create(path))
        {
            await PublicationWriter.WriteAsync(publication, format, file, cancellationToken);
        }

        await output.WriteLineAsync($"{publication.Lines.Count} line(s) to publish and {publication.ToCheck.Count} to check written to {Path.GetFullPath(path)}");
        if (publication.ToCheck.Count > 0 && format == "html")
        {
            await error.WriteLineAsync("The HTML page holds only the lines ready to publish; export xlsx or csv to see the ones to check.");
        }

        return 0;
    }

    private static async Task<bool> PrepareAsync(IServiceProvider services, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The type only: a connection error message can carry the host name or user.
            await error.WriteLineAsync($"The database could not be opened ({ex.GetType().Name}). Check Storage:Provider and Storage:ConnectionString.");
            return false;
        }
    }
}
