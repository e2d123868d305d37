using System.Globalization;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Tests.Retention;

/// <summary>
/// The R reference files of Fixtures/make_fixtures.R (R 4.2.2, survival 3.5-3) and the rosters they were made from.
/// "NA" is read as null.
/// </summary>
internal static class RReference
{
    /// <summary>Kaplan–Meier estimates, their limits and log-rank statistics.</summary>
    public const double Estimates = 1e-6;

    /// <summary>Cox coefficients, standard errors and cox.zph statistics (both sides stop an iterative fit).</summary>
    public const double Cox = 1e-4;

    /// <summary>The analysis date make_fixtures.R uses for each roster.</summary>
    public static DateOnly AnalysisDate(string name) => name == "handmade" ? new DateOnly(2026, 6, 15) : new DateOnly(2026, 1, 15);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Retention", "Fixtures");

    public static IReadOnlyList<Row> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file)).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => new Row(header, l.Split(',').Select(c => c.Trim()).ToArray())).ToList();
    }

    /// <summary>The hand-made roster's columns a program adds, stored with each pair as its attributes.</summary>
    public static readonly string[] AttributeColumns = ["site", "matching_method"];

    /// <summary>A roster file as the store would hold it (site and matching_method as the pairs' attributes), with the covariates beside each pair.</summary>
    public static (IReadOnlyList<RosterEntry> Roster, IReadOnlyList<Row> Rows) Roster(string name)
    {
        var rows = Read($"{name}-roster.csv");
        var roster = rows.Select(r => new RosterEntry(r.Text("pair_id"), r.Text("cohort"), "M" + r.Text("pair_id"), "E" + r.Text("pair_id"),
            DateOnly.Parse(r.Text("start_date"), CultureInfo.InvariantCulture), DateOnly.Parse(r.Text("planned_end_date"), CultureInfo.InvariantCulture),
            PairStatusText.Parse(r.Text("status"))!.Value, r.Text("end_date") is { Length: > 0 } end ? DateOnly.Parse(end, CultureInfo.InvariantCulture) : null,
            r.Text("closure_reason") is { Length: > 0 } reason ? reason : null)
        {
            Attributes = new RosterAttributes(AttributeColumns.Where(r.Columns.Contains).Select(c => KeyValuePair.Create(c, r.Text(c)))),
        }).ToList();
        return (roster, rows);
    }

    public sealed class Row(string[] header, string[] cells)
    {
        public IReadOnlyList<string> Columns => header;

        public string Text(string column) => Array.IndexOf(header, column) is var i and >= 0 ? cells[i] : "";

        public double? Number(string column) =>
            Text(column) is "NA" or "" ? null : double.Parse(Text(column), NumberStyles.Float, CultureInfo.InvariantCulture);

        public double Value(string column) => Number(column) ?? throw new InvalidOperationException($"{column} is NA");
    }
}
