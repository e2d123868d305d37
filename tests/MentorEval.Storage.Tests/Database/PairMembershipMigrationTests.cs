using MentorEval.Core.Pairs;
using MentorEval.Storage.Database;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MentorEval.Storage.Tests.Database;

/// <summary>PairMembershipHistory: pairs stored before it keep their members, counted as members since the pair's start.</summary>
public sealed class PairMembershipMigrationTests : IAsyncLifetime
{
    private readonly TestStore store = new(StoreKind.Sqlite);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Pairs_stored_before_membership_was_dated_keep_their_members_since_the_pairs_start()
    {
        await using (var old = new MentorEvalDb(new DbContextOptionsBuilder<MentorEvalDb>().UseSqlite($"Data Source={store.Location.Value};Pooling=False").Options))
        {
            await old.GetService<IMigrator>().MigrateAsync("ResponsesKeepOnlyTheirKey");
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO cohorts (Name) VALUES ('2025-fall');
                INSERT INTO participants (ParticipantKey, FirstSeenAt) VALUES ('M1', '2025-09-01 00:00:00+00:00'), ('E1', '2025-09-01 00:00:00+00:00'),
                                                                              ('E2', '2025-09-01 00:00:00+00:00');
                INSERT INTO pairs (PairKey, CohortId, MentorId, MenteeId, MentorParticipantId, MenteeParticipantId, StartDate, PlannedEndDate, Status, UpdatedAt)
                VALUES ('P1', 1, 'M1', 'E1', 1, 2, '2025-09-01', '2026-06-01', 'Active', '2025-09-01 00:00:00+00:00'),
                       ('P2', 1, 'M1', 'E2', 1, 3, '2025-10-06', '2026-06-01', 'Active', '2025-10-06 00:00:00+00:00');
                """);
        }

        await using var db = await store.OpenAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        var members = await db.PairMembers.OrderBy(m => m.PairRowId).ThenBy(m => m.Role)
            .Select(m => new { m.Pair!.PairKey, m.Role, m.MemberId, Participant = m.Participant!.ParticipantKey, m.Since, m.Until }).ToListAsync();
        members.Select(m => (m.PairKey, m.Role, m.MemberId, m.Participant, m.Since, m.Until)).ShouldBe([
            ("P1", Role.Mentee, "E1", "E1", new DateOnly(2025, 9, 1), (DateOnly?)null),
            ("P1", Role.Mentor, "M1", "M1", new DateOnly(2025, 9, 1), null),
            ("P2", Role.Mentee, "E2", "E2", new DateOnly(2025, 10, 6), null),
            ("P2", Role.Mentor, "M1", "M1", new DateOnly(2025, 10, 6), null),
        ]);
    }
}
