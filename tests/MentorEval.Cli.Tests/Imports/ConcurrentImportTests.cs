using System.Text;
using MentorEval.Cli.Tests.Support;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Imports;

/// <summary>
/// Two program leaders import into the same cohort at the same time, with exports that overlap: both imports succeed,
/// one batch after the other (never rows of both mixed), and every response is stored once, the overlap being found
/// as duplicates by the database's unique index.
/// </summary>
public sealed class ConcurrentImportTests
{
    private const int Pairs = 3_000;
    private const int Overlap = 1_000;
    private const string Header = "respondent_id,pair_id,role,wave,listens,goals,trust,cancelled,meetings,comment";

    [StoreTheory]
    public async Task Two_imports_into_one_cohort_at_once_both_succeed_one_batch_after_the_other_and_store_each_response_once(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        var roster = new StringBuilder("pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status\n");
        for (var p = 1; p <= Pairs; p++) roster.Append($"C{p},2026-spring,CM{p},CE{p},2026-01-10,2026-12-10,active\n");
        program.Write("cohort.csv", roster.ToString());
        (await program.RunAsync("roster", "import", "cohort.csv")).ExitCode.ShouldBe(0);
        // The mentors' export, and the mentees' export, which also holds the first mentors' answers again.
        program.Write("mentors.csv", Export(Enumerable.Range(1, Pairs).Select(p => Row(p, "mentor"))));
        program.Write("mentees.csv", Export(Enumerable.Range(1, Overlap).Select(p => Row(p, "mentor")).Concat(Enumerable.Range(1, Pairs).Select(p => Row(p, "mentee")))));

        var imports = await Task.WhenAll(
            Task.Run(() => program.ImportAsync("mentors.csv")),
            Task.Run(() => program.ImportAsync("mentees.csv")));

        imports.ShouldAllBe(i => i.ExitCode == 0 && i.Summary.Committed);
        imports.Sum(i => i.Summary.Imported).ShouldBe(2 * Pairs);
        imports.Sum(i => i.Summary.Rejected).ShouldBe(Overlap);
        imports.SelectMany(i => i.Summary.FirstRejects).ShouldAllBe(r => r.Message.StartsWith("duplicate:"));
        var stored = await program.ResponsesAsync();
        stored.Count.ShouldBe(2 * Pairs);
        stored.Select(r => (r.RespondentId, r.PairKey)).Distinct().Count().ShouldBe(2 * Pairs);
        stored.ShouldAllBe(r => r.LinkedToPair);
        // In the order stored: every response of one batch, then every response of the other.
        var batches = stored.Select(r => r.BatchId).ToList();
        batches.ShouldBe(batches.Order().ToList());
        batches.Distinct().Count().ShouldBe(2);
    }

    private static string Row(int pair, string role) =>
        $"{(role == "mentor" ? "CM" : "CE")}{pair},C{pair},{role},2026-03,{pair % 5 + 1},4,4,2,3,";

    private static string Export(IEnumerable<string> rows) => Header + "\n" + string.Join("\n", rows) + "\n";
}
