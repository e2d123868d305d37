using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace MentorEval.Storage.Database;

/// <summary>
/// The program's database. The schema is owned by migrations, never by EnsureCreated: this context's are SQLite's
/// (Database/Migrations); <see cref="PostgresMentorEvalDb"/> has the same model with PostgreSQL's own migrations.
/// </summary>
public class MentorEvalDb : DbContext
{
    public MentorEvalDb(DbContextOptions<MentorEvalDb> options) : base(options)
    {
    }

    /// <summary>For a provider's own context, which EF gives its own set of migrations.</summary>
    protected MentorEvalDb(DbContextOptions options) : base(options)
    {
    }

    public DbSet<CohortRecord> Cohorts => Set<CohortRecord>();

    public DbSet<ParticipantRecord> Participants => Set<ParticipantRecord>();

    public DbSet<PairRecord> Pairs => Set<PairRecord>();

    public DbSet<PairMemberRecord> PairMembers => Set<PairMemberRecord>();

    public DbSet<SettingRecord> Settings => Set<SettingRecord>();

    public DbSet<WaveRecord> Waves => Set<WaveRecord>();

    public DbSet<InstrumentVersionRecord> InstrumentVersions => Set<InstrumentVersionRecord>();

    public DbSet<ImportBatchRecord> ImportBatches => Set<ImportBatchRecord>();

    public DbSet<ResponseRecord> Responses => Set<ResponseRecord>();

    // EF would index every foreign key; the indexes are listed below instead, so that responses, written a million rows
    // at a time, carry only the indexes something reads (see docs/performance.md).
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.Conventions.Remove<ForeignKeyIndexConvention>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<CohortRecord>(e =>
        {
            e.ToTable("cohorts");
            e.HasIndex(c => c.Name).IsUnique();
        });

        model.Entity<ParticipantRecord>(e =>
        {
            e.ToTable("participants");
            e.HasIndex(p => p.ParticipantKey).IsUnique();
        });

        model.Entity<PairRecord>(e =>
        {
            e.ToTable("pairs");
            e.HasOne(p => p.MentorParticipant).WithMany().HasForeignKey(p => p.MentorParticipantId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(p => p.MenteeParticipant).WithMany().HasForeignKey(p => p.MenteeParticipantId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => p.PairKey).IsUnique();
            e.HasIndex(p => p.CohortId);
            e.HasIndex(p => p.MentorParticipantId);
            e.HasIndex(p => p.MenteeParticipantId);
            e.HasIndex(p => p.MentorId);
            e.HasIndex(p => p.MenteeId);
            e.Property(p => p.Status).HasConversion<string>();
        });

        model.Entity<PairMemberRecord>(e =>
        {
            e.ToTable("pair_members");
            e.Property(m => m.PairRowId).HasColumnName("PairId");
            e.HasOne(m => m.Pair).WithMany().HasForeignKey(m => m.PairRowId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(m => m.Participant).WithMany().HasForeignKey(m => m.ParticipantId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(m => m.PairRowId);
            e.HasIndex(m => m.ParticipantId);
            e.Property(m => m.Role).HasConversion<string>();
        });

        model.Entity<SettingRecord>(e =>
        {
            e.ToTable("settings");
            e.HasKey(s => s.Name);
        });

        model.Entity<WaveRecord>(e =>
        {
            e.ToTable("waves");
            e.HasIndex(w => w.Name).IsUnique();
        });

        model.Entity<InstrumentVersionRecord>(e =>
        {
            e.ToTable("instrument_versions");
            e.HasIndex(v => new { v.InstrumentId, v.ContentHash }).IsUnique();
        });

        model.Entity<ImportBatchRecord>(e =>
        {
            e.ToTable("import_batches");
            // Looked up to recognise a file imported before (for the same instrument; one export may hold several).
            e.HasIndex(b => b.FileSha256);
            e.HasIndex(b => b.InstrumentVersionId);
        });

        model.Entity<ResponseRecord>(e =>
        {
            e.ToTable("responses");
            // On SQLite a plain rowid, given by SQLite to the bulk writer's inserts (EF never adds a response):
            // AUTOINCREMENT's bookkeeping on every insert only guards against reusing the id of a deleted response, and
            // none is deleted. PostgreSQL keeps its identity column, which its writer's COPY relies on.
            if (Database.IsSqlite()) e.Property(r => r.Id).ValueGeneratedNever();
            e.HasOne(r => r.Batch).WithMany().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<WaveRecord>().WithMany().HasForeignKey(r => r.WaveId);
            e.HasOne<InstrumentVersionRecord>().WithMany().HasForeignKey(r => r.InstrumentVersionId);
            e.Property(r => r.PairRowId).HasColumnName("PairId");
            e.HasOne<PairRecord>().WithMany().HasForeignKey(r => r.PairRowId);
            e.Property(r => r.Role).HasConversion<string>();
            // One answer per respondent, pair, instrument, wave and repeat: a second one is a duplicate unless replaced.
            // The only index: every lookup of a response is by this key, and analysis reads them all. The foreign keys
            // are not indexed; no command deletes a batch, wave, version or pair, so none needs the reverse lookup.
            e.HasIndex(r => new { r.RespondentId, r.PairKey, r.InstrumentId, r.WaveId, r.RepeatInstance }).IsUnique();
        });
    }
}
