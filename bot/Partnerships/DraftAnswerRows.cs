using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Partnerships;

/// <summary>
/// Saves a draft after an answer as what it is: the answer rows that changed (usually one upsert), the
/// collaboration's title and updated-at, and the audit events; plain SQL on the turn's transaction, no EF change
/// tracking (which was most of an interview turn's cost). The same rules as <see cref="SaveCollaborationHandler"/>:
/// only the creator (or an account linked to theirs) changes it, a closed one takes no changes, "created" and "answers.changed" are audited.
/// </summary>
internal static class DraftAnswerRows
{
    private const string ReadCollaborationSql =
        """SELECT "CreatedByChannel", "CreatedByUserId", "Status" FROM collaborations WHERE "Id" = @id""";

    private const string ReadAnswersSql =
        """SELECT "QuestionId", "ValuesJson" FROM collaboration_answers WHERE "CollaborationId" = @id""";

    private const string InsertCollaborationSql =
        """
        INSERT INTO collaborations ("Id", "Title", "Status", "CreatedByChannel", "CreatedByUserId", "CreatedByName", "ConversationKey", "CreatedAt", "UpdatedAt")
        VALUES (@id, @title, @status, @channel, @user, @name, @conversation, @at, @at)
        """;

    private const string UpdateCollaborationSql =
        """UPDATE collaborations SET "Title" = @title, "Status" = @status, "UpdatedAt" = @at WHERE "Id" = @id""";

    private const string UpsertAnswerSql =
        """
        INSERT INTO collaboration_answers ("CollaborationId", "QuestionId", "ValuesJson", "AnsweredBy", "AnsweredAt")
        VALUES (@id, @question, @json, @by, @at)
        ON CONFLICT ("CollaborationId", "QuestionId") DO UPDATE SET "ValuesJson" = excluded."ValuesJson", "AnsweredBy" = excluded."AnsweredBy", "AnsweredAt" = excluded."AnsweredAt"
        """;

    private const string DeleteAnswerSql =
        """DELETE FROM collaboration_answers WHERE "CollaborationId" = @id AND "QuestionId" = @question""";

    private const string InsertAuditSql =
        """
        INSERT INTO audit_events ("CollaborationId", "Actor", "ActorId", "Action", "Detail", "At")
        VALUES (@id, @actor, @actorId, @action, @detail, @at)
        """;

    /// <summary>
    /// True for the saves this writes: a draft without a checklist, in a turn whose context tracks nothing yet
    /// (after an EF-tracked change the turn keeps to EF, or the tracked rows and these statements would not see
    /// each other's changes).
    /// </summary>
    public static bool Handles(SaveCollaboration effect, BotDbContext db) =>
        effect.Status == CollaborationStatus.Draft
        && effect.Checklist is null
        && !db.ChangeTracker.Entries().Any();

    public static async Task SaveAsync(SaveCollaboration effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var isSqlite = db.Database.IsSqlite();
        var id = SqlGuid.Of(isSqlite, effect.Id);
        var at = SqlInstant.Of(isSqlite, effect.At);
        var actorId = ActorIds.Of(turn);
        (string Channel, string UserId, string Status)? existing = null;
        await using (var read = await AdoCommand.CreateAsync(db, ReadCollaborationSql, cancellationToken, ("@id", id)))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                existing = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
            }
        }

        var exists = existing is not null;
        if (existing is { } row)
        {
            if (!await PersonLinks.IsSamePersonAsync(db, turn, row.Channel, row.UserId, cancellationToken))
            {
                // The dialogs only see the person's own collaborations; an id from elsewhere changes nothing.
                return;
            }

            if (row.Status == CollaborationStatus.Closed)
            {
                // Rejected in review: a save racing the rejection changes nothing.
                return;
            }
        }

        if (exists)
        {
            await AdoCommand.ExecuteAsync(db, UpdateCollaborationSql, cancellationToken,
                ("@id", id), ("@title", effect.Title), ("@status", effect.Status), ("@at", at));
        }
        else
        {
            await AdoCommand.ExecuteAsync(db, InsertCollaborationSql, cancellationToken,
                ("@id", id), ("@title", effect.Title), ("@status", effect.Status), ("@channel", turn.User.Channel), ("@user", turn.User.Id),
                ("@name", turn.User.DisplayName), ("@conversation", turn.Conversation.Key), ("@at", at));
            await AuditAsync(db, id, effect, actorId, "created", null, at, cancellationToken);
        }

        var saved = new Dictionary<string, string>(StringComparer.Ordinal);
        if (exists)
        {
            await using var read = await AdoCommand.CreateAsync(db, ReadAnswersSql, cancellationToken, ("@id", id));
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                saved[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var changed = new List<string>();
        foreach (var (questionId, values) in effect.Answers.Values)
        {
            var json = JsonSerializer.Serialize(values);
            if (!saved.Remove(questionId, out var before) || before != json)
            {
                await AdoCommand.ExecuteAsync(db, UpsertAnswerSql, cancellationToken,
                    ("@id", id), ("@question", questionId), ("@json", json), ("@by", effect.Actor), ("@at", at));
                changed.Add(questionId);
            }
        }

        // What is left was saved before and is no longer among the answers (pruned when the scope changed).
        foreach (var gone in saved.Keys)
        {
            await AdoCommand.ExecuteAsync(db, DeleteAnswerSql, cancellationToken, ("@id", id), ("@question", gone));
            changed.Add(gone);
        }

        if (changed.Count > 0)
        {
            await AuditAsync(db, id, effect, actorId, "answers.changed", string.Join(",", changed), at, cancellationToken);
        }
    }

    private static Task<int> AuditAsync(BotDbContext db, object id, SaveCollaboration effect, string? actorId, string action, string? detail, object at, CancellationToken cancellationToken) =>
        AdoCommand.ExecuteAsync(db, InsertAuditSql, cancellationToken,
            ("@id", id), ("@actor", effect.Actor), ("@actorId", actorId), ("@action", action), ("@detail", detail), ("@at", at));
}
