using System.Globalization;
using PartnershipBot.Documents;

namespace PartnershipBot.Dashboard;

/// <summary>
/// The dashboard's document downloads: a collaboration's agreement draft (its owner or compliance), its evidence
/// pack (compliance only; the download is written to its audit trail) and the year's disclosure publication per
/// country (compliance only). Someone else's collaboration is "not found", as on its page.
/// </summary>
internal static class DocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/dashboard").RequireAuthorization(DashboardServices.Policy);
        group.MapGet("/collaborations/{id:guid}/agreement.docx", async (Guid id, HttpContext context, DashboardAccess access, DashboardQueries queries, AgreementDocuments agreements, CancellationToken ct) =>
        {
            var viewer = await access.ViewerAsync(context.User, ct);
            if (viewer is null || !await queries.IsVisibleAsync(viewer, id, ct) || await agreements.DraftInAsync(id, DashboardCulture.Of(context), ct) is not { } document)
            {
                return Results.NotFound();
            }

            return Results.File(document.Bytes, document.ContentType, document.FileName);
        });
        group.MapGet("/collaborations/{id:guid}/evidence.zip", async (Guid id, HttpContext context, DashboardAccess access, DashboardQueries queries, EvidencePack evidence, CancellationToken ct) =>
        {
            var viewer = await access.ViewerAsync(context.User, ct);
            if (viewer is null || !await queries.IsVisibleAsync(viewer, id, ct))
            {
                return Results.NotFound();
            }

            if (!viewer.IsCompliance)
            {
                return Results.Text("The evidence pack is for compliance readers only.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
            }

            var document = await evidence.BuildAsync(id, $"dashboard:{viewer.Name}", ct);
            return document is null ? Results.NotFound() : Results.File(document.Bytes, document.ContentType, document.FileName);
        });
        group.MapGet("/export/publication.{format}", async (string format, int? year, string? country, HttpContext context, DashboardAccess access, DashboardQueries queries, DisclosurePublisher publisher, CancellationToken ct) =>
        {
            var viewer = await access.ViewerAsync(context.User, ct);
            if (viewer is null || !viewer.IsCompliance)
            {
                return Results.Text("The year's publication is for compliance readers only.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
            }

            if (!PublicationWriter.Formats.Contains(format))
            {
                return Results.NotFound();
            }

            var y = year ?? queries.Today.Year - 1;
            if (y is < 2000 or > 2100 || country is not { Length: 2 } code || !code.All(char.IsAsciiLetter))
            {
                return Results.BadRequest("Give a year between 2000 and 2100 and a two-letter country code such as GB.");
            }

            var publication = await publisher.BuildAsync(y, code, ct);
            return Results.Stream(
                body => PublicationWriter.WriteAsync(publication, format, body, CancellationToken.None, DashboardCulture.Of(context)),
                PublicationWriter.ContentType(format),
                format == "html" ? null : PublicationWriter.FileName(publication, format));
        });
    }
}
