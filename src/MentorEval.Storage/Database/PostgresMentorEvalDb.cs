using Microsoft.EntityFrameworkCore;

namespace MentorEval.Storage.Database;

/// <summary>
/// The same model on a PostgreSQL server. A context of its own because EF keeps one set of migrations per context type:
/// column types differ between providers, so each provider's migrations are generated from the model for it
/// (PostgreSQL's in Database/PostgresMigrations).
/// </summary>
public sealed class PostgresMentorEvalDb(DbContextOptions<PostgresMentorEvalDb> options) : MentorEvalDb(options);
