using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Approvals;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;
using PartnershipBot.Turns;

namespace PartnershipBot.Dashboard;

/// <summary>
/// Everything the dashboard reads from the bot's database, in one place, so a schema change touches this file
/// only. Fields the interview collects (partner, partner type, countries, support, amount, currency, dates) are read
/// from the collaboration's answers. Derived values (readiness, overdue) are computed in memory after one query per
/// table, which stays quick for thousands of collaborations; the viewer's ownership filter runs in SQL. The review
/// queue names each collaboration's reviewers from <paramref name="reviewers"/> (none when not given).
/// </summary>
public sealed partial class DashboardQueries(IDbContextFactory<BotDbContext> contextFactory, GuidancePack pack, TimeProvider time, ApprovalReviewers? reviewers = null)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<(Paged<CollaborationSummary> Page, FilterChoices Choices)> CollaborationsAsync(DashboardViewer viewer, CollaborationFilter filter, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var all = await SummariesAsync(db, viewer, null, cancellationToken);
        var choices = new FilterChoices(
            [.. all.Select(s => s.Owner).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
            [.. (pack.Question("partner_type")?.Choices ?? []).Select(c => (c.Value, c.Title))],
            [.. all.SelectMany(s => s.Countries).Distinct().Order(StringComparer.Ordinal)],
            [.. all.SelectMany(Years).Distinct().Order()]);

        var rows = all.Where(s => Matches(s, filter));
        rows = Sort(rows, filter.Sort, filter.Descending);
        var list = rows.ToList();
        var size = Math.Clamp(pageSize, 1, 500);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (list.Count + size - 1) / size));
        return (new Paged<CollaborationSummary>([.. list.Skip((page - 1) * size).Take(size)], list.Count, page, size), choices);
    }

    /// <summary>Whether the viewer may see this collaboration (compliance: any; others: the ones their accounts created).</summary>
    public async Task<bool> IsVisibleAsync(DashboardViewer viewer, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Visible(db, viewer).AnyAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary>The collaboration if the viewer may see it, else null (the page answers 404 either way).</summary>
    public async Task<CollaborationDetail?> CollaborationAsync(DashboardViewer viewer, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var summary = (await SummariesAsync(db, viewer, id, cancellationToken)).SingleOrDefault();
        if (summary is null)
        {
            return null;
        }

        var answerRows = await db.Answers.AsNoTracking().Where(a => a.CollaborationId == id).ToListAsync(cancellationToken);
        var answers = PartnershipWorkspaceProvider.ToAnswers(answerRows);
        var order = pack.Questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var answerViews = answerRows
            .OrderBy(a => order.GetValueOrDefault(a.QuestionId, int.MaxValue))
            .Select(a => new AnswerView(a.QuestionId, pack.Question(a.QuestionId)?.Label ?? a.QuestionId, AnswerText.Format(pack, answers, a.QuestionId), a.AnsweredBy, a.AnsweredAt))
            .ToList();
        var checklist = (await db.ChecklistItems.AsNoTracking().Where(i => i.CollaborationId == id).ToListAsync(cancellationToken))
            .OrderBy(i => i.Position)
            .Select(i => new ChecklistView(i.ItemId, i.Text, i.Source, i.Due, i.Owner, i.Done, i.DoneBy, i.DoneAt, i.DoneById))
            .ToList();

        var obligations = await db.Obligations.AsNoTracking().Where(o => o.CollaborationId == id).ToListAsync(cancellationToken);
        var obligationIds = obligations.Select(o => o.Id).ToList();
        var reminders = await db.Reminders.AsNoTracking().Where(r => obligationIds.Contains(r.ObligationId)).ToListAsync(cancellationToken);
        var reminderKeys = reminders.Select(r => r.Key).ToList();
        var deliveries = (await db.ReminderDeliveries.AsNoTracking().Where(d => reminderKeys.Contains(d.Key)).ToListAsync(cancellationToken))
            .ToDictionary(d => d.Key);
        var obligationViews = obligations
            .OrderBy(o => o.Due ?? DateOnly.MaxValue).ThenBy(o => o.Title, StringComparer.Ordinal)
            .Select(o => new ObligationView(o.Id, o.Kind, o.Title, o.Due, o.Status, SourceTitle(o.SourceId), o.Note, o.DoneBy, o.DoneAt,
                [.. reminders.Where(r => r.ObligationId == o.Id)
                    // What was sent, failed or is next; cancelled and far-future plans would bury the history.
                    .Where(r => r.Status != ReminderStatus.Cancelled)
                    .OrderBy(r => r.SendAt)
                    .Select(r => new ReminderView(r.Kind, r.SendAt, r.Status, r.Attempts, r.LastError, r.SentAt,
                        deliveries.TryGetValue(r.Key, out var d) ? new DeliveryView(d.StartedAt, d.Attempts, d.CompletedAt, d.Outcome) : null))]))
            .ToList();

        var audit = await AuditAsync(db, viewer, [id], null, null, cancellationToken);
        var rounds = await db.ApprovalRounds.AsNoTracking().Where(r => r.CollaborationId == id).OrderBy(r => r.Round).ToListAsync(cancellationToken);
        var notes = await db.CollaborationNotes.AsNoTracking().Where(n => n.CollaborationId == id).ToListAsync(cancellationToken);
        return new CollaborationDetail(summary, answerViews, Assessor.Assess(pack, answers), checklist, obligationViews, audit)
        {
            Rounds = [.. rounds.Select(ToView)],
            Notes = [.. notes.OrderBy(n => n.At).ThenBy(n => n.Id).Select(n => new NoteView(n.At, n.Author, n.Source, n.Text))],
        };
    }

    public async Task<DisclosureCalendarView> CalendarAsync(DashboardViewer viewer, int months, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var summaries = (await SummariesAsync(db, viewer, null, cancellationToken)).ToDictionary(s => s.Id);
        var today = Today;
        var first = new DateOnly(today.Year, today.Month, 1);
        var until = first.AddMonths(months);
        var ids = summaries.Keys.ToList();
        var open = await db.Obligations.AsNoTracking()
            .Where(o => o.Status == ObligationStatus.Open && o.Due != null && o.Due < until)
            .ToListAsync(cancellationToken);
        var entries = open
            .Where(o => summaries.ContainsKey(o.CollaborationId))
            .Select(o =>
            {
                var s = summaries[o.CollaborationId];
                return new CalendarEntry(s.Id, s.Title, o.Title, o.Due!.Value, s.Owner, s.Countries, SourceTitle(o.SourceId), o.Due < today);
            })
            .OrderBy(e => e.Due).ThenBy(e => e.Collaboration, StringComparer.Ordinal)
            .ToList();
        var perMonth = Enumerable.Range(0, months)
            .Select(m => first.AddMonths(m))
            .Select(m => (m, entries.Count(e => !e.Overdue && e.Due.Year == m.Year && e.Due.Month == m.Month)))
            .ToList();

        var answers = await AnswersByCollaborationAsync(db, ids, cancellationToken);
        var tally = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var s in summaries.Values.Where(s => s.Status == CollaborationStatus.Submitted))
        {
            foreach (var item in Assessor.Assess(pack, answers.GetValueOrDefault(s.Id, Answers.Empty)).Items)
            {
                var counts = tally.TryGetValue(item.Principle.Id, out var c) ? c : tally[item.Principle.Id] = new int[3];
                counts[(int)item.Status]++;
            }
        }

        var readiness = pack.Principles
            .Where(p => tally.ContainsKey(p.Id))
            .Select(p => new PrincipleReadiness(p.Id, p.Title, tally[p.Id][(int)AssessmentStatus.Strong], tally[p.Id][(int)AssessmentStatus.NeedsAttention], tally[p.Id][(int)AssessmentStatus.Gap]))
            .ToList();
        return new DisclosureCalendarView(today, [.. entries.Where(e => e.Overdue)], [.. entries.Where(e => !e.Overdue)], perMonth, readiness);
    }

    /// <summary>
    /// The year's public disclosure list: one line per collaboration, country and rule for support given in that
    /// year. Dated rules come from the stored annual obligations (their <see cref="DisclosureKey"/> names country, rule and year;
    /// a rule with a submission and a publication deadline is one line, due at the last); a country whose deadline
    /// is not confirmed or has no rule is listed too, without a date, when the answers put support in that year.
    /// </summary>
    public async Task<IReadOnlyList<DisclosureLine>> DisclosureListAsync(DashboardViewer viewer, int year, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var summaries = (await SummariesAsync(db, viewer, null, cancellationToken)).ToDictionary(s => s.Id);
        string[] kinds = [AnnualDisclosureKind, DisclosureCalendar.CheckLocal, DisclosureCalendar.Unconfigured];
        var rows = (await db.Obligations.AsNoTracking()
            .Where(o => kinds.Contains(o.Kind) && o.Status != ObligationStatus.Withdrawn)
            .ToListAsync(cancellationToken))
            .Where(o => summaries.ContainsKey(o.CollaborationId))
            .ToList();
        var answers = await AnswersByCollaborationAsync(db, [.. rows.Select(o => o.CollaborationId).Distinct()], cancellationToken);
        var lines = new List<DisclosureLine>();
        foreach (var group in rows.Select(o => (Row: o, Key: DisclosureKey.TryParse(o.Key, out var key) ? key : default))
            .Where(x => x.Key.Country is not null)
            .GroupBy(x => (x.Row.CollaborationId, x.Key.Country, x.Key.RuleId), x => x.Row))
        {
            var s = summaries[group.Key.CollaborationId];
            var a = answers.GetValueOrDefault(s.Id, Answers.Empty);
            var dated = group.Where(o => o.Kind == AnnualDisclosureKind && DisclosureKey.TryParse(o.Key, out var key) && key.Year == year).OrderBy(o => o.Due).ToList();
            var undated = group.Any(o => o.Kind != AnnualDisclosureKind) && DisclosureCalendar.SupportYears(a).Contains(year);
            if (dated.Count == 0 && !undated)
            {
                continue;
            }

            var rule = pack.Disclosure.Rules.FirstOrDefault(r => r.Id == group.Key.RuleId);
            var clause = rule is null ? "No disclosure rule configured: check the local code" : $"{SourceTitle(rule.SourceId)}: {rule.Cite}";
            var status = dated.Count > 0 && dated.All(o => o.Status == ObligationStatus.Done) ? ObligationStatus.Done : ObligationStatus.Open;
            lines.Add(new DisclosureLine(
                s.Partner,
                group.Key.Country,
                s.PartnerTypeTitle ?? "",
                a.Has(QuestionIds.SupportType) ? AnswerText.Format(pack, a, QuestionIds.SupportType) : "",
                s.Amount,
                s.Currency,
                a.Get(QuestionIds.PatientOutcome) is { } outcome ? $"{s.Title}: {outcome}" : s.Title,
                s.Start,
                s.End,
                dated.LastOrDefault()?.Due,
                clause,
                s.Owner,
                status));
        }

        return [.. lines.OrderBy(l => l.Organisation, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Country, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<ChecklistStatusLine>> ChecklistStatusAsync(DashboardViewer viewer, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var summaries = (await SummariesAsync(db, viewer, null, cancellationToken)).ToDictionary(s => s.Id);
        var items = await db.ChecklistItems.AsNoTracking().ToListAsync(cancellationToken);
        return [.. items
            .Where(i => summaries.ContainsKey(i.CollaborationId))
            .OrderBy(i => summaries[i.CollaborationId].Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.CollaborationId).ThenBy(i => i.Position)
            .Select(i => new ChecklistStatusLine(summaries[i.CollaborationId].Title, i.Owner, i.Text, i.Due, i.Done, i.DoneBy, i.DoneAt, i.Source, i.DoneById))];
    }

    /// <summary>Audit events of the visible collaborations between two instants (either may be open).</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(DashboardViewer viewer, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = (await SummariesAsync(db, viewer, null, cancellationToken)).Select(s => s.Id).ToList();
        return await AuditAsync(db, viewer, ids, from, to, cancellationToken);
    }

    private async Task<List<AuditEntry>> AuditAsync(BotDbContext db, DashboardViewer viewer, List<Guid> ids, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var collaborations = (await Visible(db, viewer).Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Title, c.CreatedByChannel }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id);
        var visible = collaborations.Keys.ToList();
        var lower = from ?? DateTimeOffset.MinValue;
        var upper = to ?? DateTimeOffset.MaxValue;
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => visible.Contains(e.CollaborationId) && e.At >= lower && e.At < upper)
            .ToListAsync(cancellationToken);
        var obligationEvents = await db.ObligationEvents.AsNoTracking()
            .Join(db.Obligations.AsNoTracking(), e => e.ObligationId, o => o.Id, (e, o) => new { Event = e, o.CollaborationId, o.Title })
            .Where(x => visible.Contains(x.CollaborationId) && x.Event.At >= lower && x.Event.At < upper)
            .ToListAsync(cancellationToken);
        return [.. events
            .Select(e => new AuditEntry(e.At, e.CollaborationId, collaborations[e.CollaborationId].Title, e.Actor, collaborations[e.CollaborationId].CreatedByChannel, e.Action, e.Detail, e.ActorId))
            .Concat(obligationEvents.Select(x => new AuditEntry(
                x.Event.At, x.CollaborationId, collaborations[x.CollaborationId].Title, x.Event.Actor,
                IsBotEvent(x.Event) ? "bot" : collaborations[x.CollaborationId].CreatedByChannel,
                "obligation." + x.Event.Action, string.IsNullOrEmpty(x.Event.Detail) ? x.Title : $"{x.Title}: {x.Event.Detail}", x.Event.ActorId)))
            .OrderByDescending(e => e.At).ThenBy(e => e.Action, StringComparer.Ordinal)];
    }

    /// <summary>Reminder sends, failures and escalations are the bot's own doing, not a person's in a chat.</summary>
    private static bool IsBotEvent(ObligationEventRow e) =>
        e.Actor == "bot" || e.Action == "escalated" || e.Action.StartsWith("reminder.", StringComparison.Ordinal);

    /// <summary>The collaborations the viewer may see (compliance: all; others: those their chat accounts created).</summary>
    private static IQueryable<CollaborationRow> Visible(BotDbContext db, DashboardViewer viewer)
    {
        var rows = db.Collaborations.AsNoTracking();
        if (viewer.IsCompliance)
        {
            return rows;
        }

        var keys = viewer.Accounts.Select(a => a.Channel + "\n" + a.UserId).ToList();
        return rows.Where(c => keys.Contains(c.CreatedByChannel + "\n" + c.CreatedByUserId));
    }

    private async Task<List<CollaborationSummary>> SummariesAsync(BotDbContext db, DashboardViewer viewer, Guid? only, CancellationToken cancellationToken)
    {
        var query = Visible(db, viewer);
        if (only is { } id)
        {
            query = query.Where(c => c.Id == id);
        }

        var rows = await query.ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var answers = await AnswersByCollaborationAsync(db, viewer.IsCompliance && only is null ? null : ids, cancellationToken);
        var checklist = (await ScopedChecklist(db, viewer.IsCompliance && only is null ? null : ids)
                .GroupBy(i => i.CollaborationId)
                .Select(g => new { Id = g.Key, Total = g.Count(), Done = g.Count(i => i.Done) })
                .ToListAsync(cancellationToken))
            .ToDictionary(x => x.Id);
        var open = (await ScopedObligations(db, viewer.IsCompliance && only is null ? null : ids)
                .Where(o => o.Status == ObligationStatus.Open && o.Due != null)
                .Select(o => new { o.CollaborationId, o.Due })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.CollaborationId, o => o.Due!.Value);
        var latest = (await ScopedRounds(db, viewer.IsCompliance && only is null ? null : ids).ToListAsync(cancellationToken))
            .GroupBy(r => r.CollaborationId)
            .ToDictionary(g => g.Key, g => ToView(g.MaxBy(r => r.Round)!));
        var today = Today;
        return [.. rows.Select(r =>
        {
            var a = answers.GetValueOrDefault(r.Id, Answers.Empty);
            var c = checklist.GetValueOrDefault(r.Id);
            var partnerType = a.Get(QuestionIds.PartnerType);
            return new CollaborationSummary
            {
                Id = r.Id,
                Title = r.Title,
                Partner = a.Get(QuestionIds.Partner) ?? "",
                Status = r.Status,
                Owner = a.Get(QuestionIds.OwnerIsMe) == "no" && a.Get(QuestionIds.OwnerName) is { } named ? named : r.CreatedByName ?? r.CreatedByUserId,
                CreatedBy = $"{r.CreatedByChannel}:{r.CreatedByUserId}",
                CreatedByChannel = r.CreatedByChannel,
                PartnerType = partnerType,
                PartnerTypeTitle = partnerType is null ? null : AnswerText.Format(pack, a, "partner_type"),
                Countries = Dialogs.Guidance.DisclosureCalendar.CountryCodes(a),
                SupportType = a.Get(QuestionIds.SupportType),
                Amount = a.GetNumber(QuestionIds.SupportAmount),
                Currency = a.Get(QuestionIds.SupportCurrency),
                Start = a.GetDate(QuestionIds.StartDate),
                End = a.GetDate(QuestionIds.EndDate),
                Readiness = r.Status == CollaborationStatus.Submitted ? ReadinessOf(Assessor.Assess(pack, a)) : null,
                ChecklistDone = c?.Done ?? 0,
                ChecklistTotal = c?.Total ?? 0,
                Overdue = open[r.Id].Count(d => d < today),
                NextDue = open[r.Id].Where(d => d >= today).Select(d => (DateOnly?)d).Min(),
                UpdatedAt = r.UpdatedAt,
                Approval = latest.GetValueOrDefault(r.Id),
            };
        })];
    }

    private static IQueryable<ChecklistItemRow> ScopedChecklist(BotDbContext db, List<Guid>? ids) =>
        ids is null ? db.ChecklistItems.AsNoTracking() : db.ChecklistItems.AsNoTracking().Where(i => ids.Contains(i.CollaborationId));

    private static IQueryable<ObligationRow> ScopedObligations(BotDbContext db, List<Guid>? ids) =>
        ids is null ? db.Obligations.AsNoTracking() : db.Obligations.AsNoTracking().Where(o => ids.Contains(o.CollaborationId));

    /// <summary>Answers per collaboration; <paramref name="ids"/> null reads them all (the compliance view).</summary>
    private static async Task<Dictionary<Guid, Answers>> AnswersByCollaborationAsync(BotDbContext db, List<Guid>? ids, CancellationToken cancellationToken)
    {
        var query = db.Answers.AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(a => ids.Contains(a.CollaborationId));
        }

        return (await query.ToListAsync(cancellationToken))
            .GroupBy(a => a.CollaborationId)
            .ToDictionary(g => g.Key, g => PartnershipWorkspaceProvider.ToAnswers(g));
    }

    public static Readiness ReadinessOf(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment.Count(AssessmentStatus.Gap) > 0 ? Readiness.Gap
            : assessment.Count(AssessmentStatus.NeedsAttention) > 0 ? Readiness.NeedsAttention
            : Readiness.Strong;
    }

    private const string AnnualDisclosureKind = "annual_disclosure";

    private string SourceTitle(string sourceId) => pack.Sources.FirstOrDefault(s => s.Id == sourceId)?.Title ?? sourceId;

    private static IEnumerable<int> Years(CollaborationSummary s) =>
        s.Start is { } start ? Enumerable.Range(start.Year, Math.Max(1, (s.End?.Year ?? start.Year) - start.Year + 1)) : [];

    private static bool Matches(CollaborationSummary s, CollaborationFilter f) =>
        (string.IsNullOrEmpty(f.Status) || string.Equals(s.Status, f.Status, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(f.Owner) || string.Equals(s.Owner, f.Owner, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(f.PartnerType) || s.PartnerType == f.PartnerType)
        && (string.IsNullOrEmpty(f.Country) || s.Countries.Contains(f.Country.ToUpperInvariant()))
        && (f.Year is not { } year || Years(s).Contains(year))
        && (f.Readiness is not { } readiness || s.Readiness == readiness)
        && (!f.OverdueOnly || s.Overdue > 0)
        && (string.IsNullOrEmpty(f.Approval) || string.Equals(s.Approval?.Status, f.Approval, StringComparison.Ordinal))
        && (string.IsNullOrWhiteSpace(f.Search)
            || s.Title.Contains(f.Search.Trim(), StringComparison.OrdinalIgnoreCase)
            || s.Partner.Contains(f.Search.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<CollaborationSummary> Sort(IEnumerable<CollaborationSummary> rows, string sort, bool descending)
    {
        IOrderedEnumerable<CollaborationSummary> ordered = sort switch
        {
            "partner" => Order(rows, s => s.Partner, descending),
            "owner" => Order(rows, s => s.Owner, descending),
            "status" => Order(rows, s => s.Status, descending),
            "start" => Order(rows, s => s.Start ?? DateOnly.MaxValue, descending),
            "readiness" => Order(rows, s => s.Readiness, descending),
            "overdue" => Order(rows, s => s.Overdue, descending),
            "next" => Order(rows, s => s.NextDue ?? DateOnly.MaxValue, descending),
            "updated" => Order(rows, s => s.UpdatedAt, descending),
            "review" => Order(rows, s => s.Approval?.Status ?? "", descending),
            _ => Order(rows, s => s.Title, descending),
        };
        return ordered.ThenBy(s => s.Id);
    }

    private static IOrderedEnumerable<CollaborationSummary> Order<TKey>(IEnumerable<CollaborationSummary> rows, Func<CollaborationSummary, TKey> key, bool descending)
    {
        var comparer = typeof(TKey) == typeof(string) ? (IComparer<TKey>)StringComparer.OrdinalIgnoreCase : Comparer<TKey>.Default;
        return descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
    }
}
