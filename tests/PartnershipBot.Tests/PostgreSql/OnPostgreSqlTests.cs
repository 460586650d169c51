using PartnershipBot.Tests.Approvals;
using PartnershipBot.Tests.Reminders;
using PartnershipBot.Tests.Storage;
using PartnershipBot.Tests.Support;
using PartnershipBot.Tests.Turns;

namespace PartnershipBot.Tests.PostgreSql;

// The storage, turn-pipeline and reminder suites once more, each test on a fresh database of the shared
// PostgreSQL server: the provider organisations with several instances run on.

[Collection(PostgreSqlCollection.Name)]
public sealed class StoresOnPostgreSqlTests(PostgreSqlServer server) : StoresTests(server.CreateDatabase());

[Collection(PostgreSqlCollection.Name)]
public sealed class TurnProcessorOnPostgreSqlTests(PostgreSqlServer server) : TurnProcessorTests(server.CreateDatabase());

[Collection(PostgreSqlCollection.Name)]
public sealed class TurnDeliveryOnPostgreSqlTests(PostgreSqlServer server) : TurnDeliveryTests(server.CreateDatabase());

[Collection(PostgreSqlCollection.Name)]
public sealed class ReminderDispatcherOnPostgreSqlTests(PostgreSqlServer server) : ReminderDispatcherTests(server.CreateDatabase());

[Collection(PostgreSqlCollection.Name)]
public sealed class ReminderRestartOnPostgreSqlTests(PostgreSqlServer server) : ReminderRestartTests(server.CreateDatabase);

// Two reviewers deciding at once: the conditional update of the awaiting round lets one win on PostgreSQL too.
[Collection(PostgreSqlCollection.Name)]
public sealed class ApprovalFlowOnPostgreSqlTests(PostgreSqlServer server) : ApprovalFlowTests(server.CreateDatabase());

// The draft's answers by plain SQL: the same rows and audit trail as the EF path on PostgreSQL too.
[Collection(PostgreSqlCollection.Name)]
public sealed class AnswerRowsOnPostgreSqlTests(PostgreSqlServer server) : PartnershipBot.Tests.Partnerships.AnswerRowsTests(server.CreateDatabase(), server.CreateDatabase());

// Reading commands answered without a write, racing answers and another instance's save, on PostgreSQL.
[Collection(PostgreSqlCollection.Name)]
public sealed class ReadOnlyTurnsOnPostgreSqlTests(PostgreSqlServer server) : ReadOnlyTurnsTests(server.CreateDatabase());
