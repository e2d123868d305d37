using MentorEval.Cli.App;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.Data.Sqlite;

namespace MentorEval.Cli.Tests.App;

/// <summary>
/// The database a command is pointed at with --db or MENTOREVAL_DB: a file that is another application's, a newer
/// MentorEval's, or no database at all is refused with a message and left byte for byte as it was; an empty value is an
/// error, not the default ./mentoreval.db.
/// </summary>
public sealed class DatabaseChoiceTests : IDisposable
{
    private readonly ProgramFolder program = new(StoreKind.Sqlite);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        program.Dispose();
    }

    [Fact]
    public async Task Another_applications_SQLite_file_is_refused_and_left_byte_for_byte_as_it_was()
    {
        var other = program.PathOf("crm.db");
        Execute(other, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT); CREATE TABLE pairs (a TEXT, b TEXT); INSERT INTO contacts VALUES (1, 'a@example.org');");
        var before = File.ReadAllBytes(other);

        var run = await CliHarness.RunAsync(program.Path, "roster", "import", "roster.csv", "--db", "crm.db");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain($"\"{other}\" is not a MentorEval database: it already holds tables contacts, pairs from another application.");
        run.Output.ShouldContain("choose another --db path");
        File.ReadAllBytes(other).ShouldBe(before);
    }

    [Fact]
    public async Task A_database_a_newer_MentorEval_set_up_is_refused_with_a_message_to_upgrade()
    {
        (await program.RunAsync("roster", "import", "roster.csv")).ExitCode.ShouldBe(0);
        SqliteConnection.ClearAllPools();
        Execute(program.Database, "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231235959_FromANewerMentorEval', '99.0.0');");
        var before = File.ReadAllBytes(program.Database);

        var run = await program.RunAsync("roster", "import", "roster.csv");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("was set up by a newer MentorEval: this version does not know its migration 29991231235959_FromANewerMentorEval.");
        run.Output.ShouldContain("upgrade MentorEval");
        File.ReadAllBytes(program.Database).ShouldBe(before);
    }

    [Fact]
    public async Task A_CSV_file_given_as_the_database_is_refused_cleanly_and_left_unchanged()
    {
        var before = File.ReadAllBytes(program.PathOf("roster.csv"));

        var run = await CliHarness.RunAsync(program.Path, "roster", "import", "roster.csv", "--db", "roster.csv");

        run.ExitCode.ShouldBe(1);
        run.Output.Trim().ShouldBe($"error: {program.PathOf("roster.csv")}: \"{program.PathOf("roster.csv")}\" could not be opened as a MentorEval database: it is not a database file (SQLite cannot read it). " +
                                   "Nothing was written to it; check the --db path (a new path makes a new database).");
        File.ReadAllBytes(program.PathOf("roster.csv")).ShouldBe(before);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_db_option_is_an_error_and_makes_no_database(string db)
    {
        var run = await CliHarness.RunAsync(program.Path, "roster", "import", "roster.csv", "--db", db);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldStartWith("error: --db: --db is empty.");
        File.Exists(program.PathOf("mentoreval.db")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task An_empty_MENTOREVAL_DB_is_an_error_and_makes_no_database(string variable)
    {
        var output = new StringWriter();

        var exit = await CliApp.RunAsync(["roster", "import", "roster.csv"], Terminal.Capture(output), new DatabaseVariable(program.Path, variable));

        exit.ShouldBe(1);
        output.ToString().ShouldStartWith("error: MENTOREVAL_DB: MENTOREVAL_DB is set but empty.");
        File.Exists(program.PathOf("mentoreval.db")).ShouldBeFalse();
    }

    private static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The program's folder with MENTOREVAL_DB set to a value, and no other MENTOREVAL_* variable.</summary>
    private sealed class DatabaseVariable(string directory, string value) : CliEnvironment
    {
        public override string CurrentDirectory => directory;

        public override string? Variable(string name) => name == "MENTOREVAL_DB" ? value : null;
    }
}
