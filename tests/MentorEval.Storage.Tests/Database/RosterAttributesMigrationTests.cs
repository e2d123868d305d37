using MentorEval.Core.Pairs;
using MentorEval.Storage.Database;
using MentorEval.Storage.Roster;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MentorEval.Storage.Tests.Database;

/// <summary>PairRosterAttributes (issue #18): pairs stored before a roster's extra columns were kept keep every field, with no attributes.</summary>
public sealed class RosterAttributesMigrationTests : IAsyncLifetime
{
    private readonly TestStore store = new(StoreKind.Sqlite);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Pairs_stored_before_roster_attributes_keep_their_fields_and_members_and_have_no_attributes()
    {
        await using (var old = new MentorEvalDb(new DbContextOptionsBuilder<MentorEvalDb>().UseSqlite($"Data Source={store.Location.Value};Pooling=False").Options))
        {
            await old.GetService<IMigrator>().MigrateAsync("PairMembershipHistory");
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO cohorts (Name) VALUES ('2025-fall');
                INSERT INTO participants (ParticipantKey, FirstSeenAt) VALUES ('M1', '2025-09-01 00:00:00+00:00'), ('E1', '2025-09-01 00:00:00+00:00');
                INSERT INTO pairs (PairKey, CohortId, MentorId, MenteeId, MentorParticipantId, MenteeParticipantId, StartDate, PlannedEndDate, Status, EndDate, ClosureReason, UpdatedAt)
                VALUES ('P1', 1, 'M1', 'E1', 1, 2, '2025-09-01', '2026-06-01', 'ClosedEarly', '2025-11-20', 'moved', '2025-11-21 00:00:00+00:00');
                INSERT INTO pair_members (PairId, Role, MemberId, ParticipantId, Since) VALUES (1, 'Mentor', 'M1', 1, '2025-09-01'), (1, 'Mentee', 'E1', 2, '2025-09-01');
                """);
        }

        await using var db = await store.OpenAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        var pair = (await RosterStore.LoadAsync(db)).ShouldHaveSingleItem();
        pair.ShouldBe(new RosterEntry("P1", "2025-fall", "M1", "E1", new DateOnly(2025, 9, 1), new DateOnly(2026, 6, 1), PairStatus.ClosedEarly,
            new DateOnly(2025, 11, 20), "moved"));
        pair.Attributes.ShouldBe(RosterAttributes.None);
        (await db.PairMembers.CountAsync()).ShouldBe(2);
    }
}
