using MentorEval.Core.Pairs;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Tests.Database;

/// <summary>Issue #12: a pair's roster id (text a program chose, such as "P-102") and its database key (a number) never
/// share a name: <c>PairId</c>/<c>PairKey</c> is always the roster's id, <c>PairRowId</c> always the database's key.</summary>
public sealed class PairNamingTests
{
    [Fact]
    public void Every_property_named_pair_id_or_key_holds_the_rosters_text_and_every_pair_row_id_the_database_key()
    {
        var properties = new[] { typeof(RosterPair), typeof(MentorEvalDb) }.Select(t => t.Assembly)
            .SelectMany(a => a.GetTypes()).Where(t => t.Namespace?.Contains("Migrations", StringComparison.Ordinal) == false)
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p))).ToList();

        properties.Where(x => x.Property.Name is "PairId" or "PairKey" && x.Property.PropertyType != typeof(string))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}: {x.Property.PropertyType.Name}").ShouldBeEmpty();
        properties.Where(x => x.Property.Name == "PairRowId" && x.Property.PropertyType != typeof(int) && x.Property.PropertyType != typeof(int?))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}: {x.Property.PropertyType.Name}").ShouldBeEmpty();
        properties.Count(x => x.Property.Name == "PairRowId").ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void The_database_key_keeps_its_column_so_no_migration_is_needed()
    {
        using var db = new MentorEvalDb(new DbContextOptionsBuilder<MentorEvalDb>().UseSqlite("Data Source=:memory:").Options);

        db.Model.FindEntityType(typeof(ResponseRecord))!.FindProperty(nameof(ResponseRecord.PairRowId))!.GetColumnName().ShouldBe("PairId");
        db.Model.FindEntityType(typeof(PairMemberRecord))!.FindProperty(nameof(PairMemberRecord.PairRowId))!.GetColumnName().ShouldBe("PairId");
        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }
}
