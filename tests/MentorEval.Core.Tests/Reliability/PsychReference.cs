using System.Globalization;

namespace MentorEval.Core.Tests.Reliability;

/// <summary>One value from Fixtures/expected-values.csv: what psych (or R) reports, and the call that reports it.</summary>
internal sealed record PsychReference(string Fixture, string Policy, string Statistic, string Item, double? Value, string PsychCall)
{
    public static IReadOnlyList<PsychReference> All { get; } = Load("expected-values.csv");

    /// <summary>Fixtures/alpha-details.csv, written by Fixtures/make-alpha-details.R.</summary>
    public static IReadOnlyList<PsychReference> AlphaDetails { get; } = Load("alpha-details.csv");

    public override string ToString() => PsychCall;

    private static IReadOnlyList<PsychReference> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reliability", "Fixtures", file);
        return File.ReadAllLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                var cells = SplitQuoted(line);
                return new PsychReference(
                    cells[0], cells[1], cells[2], cells[3],
                    cells[4].Length == 0 ? null : double.Parse(cells[4], CultureInfo.InvariantCulture),
                    cells[5]);
            })
            .ToList();
    }

    // R's write.csv quotes every text cell and doubles embedded quotes.
    private static List<string> SplitQuoted(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
