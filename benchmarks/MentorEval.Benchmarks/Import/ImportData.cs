using System.Globalization;
using System.Text;

namespace MentorEval.Benchmarks.Import;

/// <summary>
/// Writes the benchmark's input, the same for the same arguments (fixed seed): a roster of <c>pairs</c> pairs and a
/// generic export of <c>rows</c> responses to the shipped <c>mca-26</c> at one wave, each row naming its pair and role.
/// Each pair answers at most twice (mentor and mentee), so rows ≤ 2 × pairs; with fewer rows a random subset of
/// the pair members answered, as with a real response rate. Rows come in random order of pair (an export is sorted
/// by time, not by id), so the unique index is filled in random key order, the slower and realistic case.
/// </summary>
internal static class ImportData
{
    public const int Items = 26;

    private const int Seed = 20260611;
    private static readonly DateTime FirstSubmission = new(2026, 3, 2, 8, 0, 0);

    public static string PairKey(int pair) => $"P{pair + 1:D7}";

    public static string MentorId(int pair) => $"MTR{pair + 1:D7}";

    public static string MenteeId(int pair) => $"MTE{pair + 1:D7}";

    /// <summary>pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status,end_date,closure_reason</summary>
    public static void WriteRoster(string path, int pairs)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine("pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status,end_date,closure_reason");
        for (var p = 0; p < pairs; p++)
        {
            // Four cohorts, as a program that has run for four years.
            var cohort = 2023 + p % 4;
            writer.WriteLine($"{PairKey(p)},{cohort},{MentorId(p)},{MenteeId(p)},{cohort}-09-01,{cohort + 1}-06-30,active,,");
        }
    }

    /// <summary>respondent_id,pair_id,role,submitted_at,mca01..mca26; answers 1–7, about 2% blank and 1% "N/A".</summary>
    public static void WriteResponses(string path, int rows, int pairs)
    {
        if (rows > 2L * pairs) throw new ArgumentException($"{rows:N0} rows need at least {(rows + 1) / 2:N0} pairs (each pair answers once per role).");
        var random = new Random(Seed);
        var members = Shuffled(2 * pairs, random);

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        var header = new StringBuilder("respondent_id,pair_id,role,submitted_at");
        for (var i = 1; i <= Items; i++) header.Append(",mca").Append(i.ToString("D2", CultureInfo.InvariantCulture));
        writer.WriteLine(header.ToString());

        var line = new StringBuilder(256);
        for (var r = 0; r < rows; r++)
        {
            var pair = members[r] / 2;
            var mentor = members[r] % 2 == 0;
            line.Clear()
                .Append(mentor ? MentorId(pair) : MenteeId(pair)).Append(',')
                .Append(PairKey(pair)).Append(',')
                .Append(mentor ? "mentor" : "mentee").Append(',')
                .Append(FirstSubmission.AddSeconds(r).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

            // One latent skill per response, so answers within a row agree as real ones do.
            var skill = random.NextDouble() * 2 - 1;
            for (var i = 0; i < Items; i++)
            {
                line.Append(',');
                var draw = random.NextDouble();
                if (draw < 0.02) continue;
                if (draw < 0.03)
                {
                    line.Append("N/A");
                    continue;
                }

                line.Append((char)('0' + Math.Clamp((int)Math.Round(4 + 2 * skill + random.NextDouble() * 2 - 1), 1, 7)));
            }

            writer.WriteLine(line);
        }
    }

    private static int[] Shuffled(int count, Random random)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++) order[i] = i;
        random.Shuffle(order);
        return order;
    }
}
