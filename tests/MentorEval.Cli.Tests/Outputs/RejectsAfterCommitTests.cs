using MentorEval.Application;
using MentorEval.Application.Files;
using MentorEval.Application.Imports;
using MentorEval.Cli.Tests.Support;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Storage.Database;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Outputs;

/// <summary>
/// An import writes its rejects file in full before the commit and moves it into place after: when only the move fails,
/// the message says what was stored and what was not.
/// </summary>
public sealed class RejectsAfterCommitTests : IDisposable
{
    private readonly ProgramFolder program = new(StoreKind.Sqlite);

    public void Dispose() => program.Dispose();

    [Fact]
    public async Task A_rejects_file_that_cannot_be_moved_into_place_after_the_commit_says_what_was_stored_and_what_was_not()
    {
        await program.ImportRosterAsync();
        var rejects = program.PathOf("unknown-pair.rejects.csv");
        var library = MentorEval.Import.Instruments.InstrumentFiles.Load(program.PathOf("instruments"));
        var instrument = library.Find("pair-pulse")!;
        var request = new ResponseImportRequest(program.PathOf("bad/unknown-pair.csv"), "pair-pulse", null, null, new(), false, false, false, rejects);

        Attempt<ImportSummary> outcome;
        await using (var db = await Store.OpenAsync(new StoreLocation(program.Database)))
        {
            // Once every row is read, before the commit, a folder takes the rejects file's place: moving it in must fail.
            var progress = new ThenBlock(Path.Combine(rejects, "in-the-way"));
            outcome = await ImportResponses.RunAsync(db, instrument, library.SourceOf(instrument), request, new OutputGuard(new StoreLocation(program.Database), null, []), progress, default);
        }

        outcome.Failed(out var refusal, out _).ShouldBeTrue();
        var failure = refusal.Diagnostics.ShouldHaveSingleItem();
        (failure.File, failure.Code).ShouldBe((rejects, DiagnosticCodes.Output.WriteFailed));
        failure.Message.ShouldStartWith("2 responses were stored as batch 1; the rejects file was not. ");
        failure.Message.ShouldContain("Could not move the rejects file into place");
        failure.Fix.ShouldNotBeNull().ShouldContain("run the same import with --replace --dry-run and another --rejects path");
        (await program.ResponsesAsync()).Count.ShouldBe(2);
        Directory.GetFiles(program.Path, "*.partial", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    /// <summary>Runs the import's reading, then puts a folder where the rejects file is to go.</summary>
    private sealed class ThenBlock(string inTheWay) : IProgress<StepProgress>
    {
        public void Report(StepProgress value)
        {
            if (value.Done >= 1) Directory.CreateDirectory(inTheWay);
        }
    }
}
