using YamlDotNet.RepresentationModel;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>Reads the optional <c>agreement:</c> and <c>publication:</c> sections (see <see cref="DocumentTexts"/>).</summary>
internal static class DocumentSectionReader
{
    public static DocumentTexts Read(PackReader r, YamlMappingNode root, IReadOnlyCollection<string> checklistIds)
    {
        var texts = DocumentTexts.Empty;
        if (Present(r, root, "agreement") && r.Map(r.Node(root, "agreement"), "agreement") is { } agreement)
        {
            const string path = "agreement";
            r.OnlyKeys(agreement, path, "header", "legal_entity", "governing_law", "clauses");
            List<AgreementClause>? clauses = null;
            if (r.Node(agreement, "clauses") is not null)
            {
                clauses = [];
                var items = r.Seq(agreement, "clauses", path);
                for (var i = 0; i < items.Count; i++)
                {
                    var itemPath = $"{path}.clauses[{i}]";
                    if (r.Map(items[i], itemPath) is not { } item)
                    {
                        continue;
                    }

                    r.OnlyKeys(item, itemPath, "checklist", "confirmed");
                    var id = r.Str(item, "checklist", itemPath);
                    if (id is not null && !checklistIds.Contains(id))
                    {
                        r.Error(r.Node(item, "checklist"), $"{itemPath}.checklist", $"unknown checklist item '{id}'");
                    }
                    else if (id is not null && clauses.Any(c => c.ChecklistId == id))
                    {
                        r.Error(r.Node(item, "checklist"), $"{itemPath}.checklist", $"checklist item '{id}' is listed twice");
                    }
                    else if (id is not null)
                    {
                        // Confirmed unless the pack says otherwise: "confirmed: false" is the marked exception.
                        var confirmed = r.Node(item, "confirmed") is null || r.Bool(item, "confirmed", itemPath);
                        clauses.Add(new AgreementClause(id, confirmed));
                    }
                }
            }

            texts = texts with
            {
                Header = r.Str(agreement, "header", path, required: false),
                LegalEntity = r.Str(agreement, "legal_entity", path, required: false),
                GoverningLaw = r.Str(agreement, "governing_law", path, required: false),
                Clauses = clauses,
            };
        }

        if (Present(r, root, "publication") && r.Map(r.Node(root, "publication"), "publication") is { } publication)
        {
            r.OnlyKeys(publication, "publication", "methodology_note");
            texts = texts with { MethodologyNote = r.Str(publication, "methodology_note", "publication", required: false) };
        }

        return texts;
    }

    // A section with only comments under it (every line commented out) is an empty scalar: the same as absent.
    private static bool Present(PackReader r, YamlMappingNode root, string key) =>
        r.Node(root, key) is { } node && !(node is YamlScalarNode { Value: var v } && string.IsNullOrWhiteSpace(v));
}
