using System.Globalization;
using System.Text.Json;
using MentorEval.Core.Instruments;
using MentorEval.Core.Reliability;
using MentorEval.Core.Tests.Support;
using MentorEval.Core.Validity;

namespace MentorEval.Core.Tests.Validity;

/// <summary>The data and lavaan's values written by Fixtures/make_fixtures.R.</summary>
internal static class ValidityFixture
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Validity", "Fixtures");

    private static readonly Lazy<JsonElement> Expected = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json"))).RootElement);

    public static JsonElement Case(string name) => Expected.Value.GetProperty("cases").GetProperty(name);

    public static JsonElement Reference => Expected.Value;

    public static readonly MeasurementModel HolzingerSwinefordModel = new([
        new Factor("visual", "visual", ["x1", "x2", "x3"]),
        new Factor("textual", "textual", ["x4", "x5", "x6"]),
        new Factor("speed", "speed", ["x7", "x8", "x9"]),
    ]);

    public static readonly string[] BfiReversed = ["A1", "C4", "C5", "E1", "E2", "O2", "O5"];

    public static readonly MeasurementModel BfiModel = new(
        new[] { "A", "C", "E", "N", "O" }.Select(t => new Factor(t, t, Enumerable.Range(1, 5).Select(k => $"{t}{k}").ToArray())).ToList());

    /// <summary>HolzingerSwineford1939 x1..x9 and each pupil's school.</summary>
    public static (ItemResponses Items, string[] Schools) HolzingerSwineford()
    {
        var (header, rows) = Read("holzinger-swineford.csv");
        var items = header[1..];
        return (ItemResponses.FromRows(items, rows.Select(r => (IReadOnlyList<double>)r[1..].Select(Number).ToArray()).ToList()),
            rows.Select(r => r[0]).ToArray());
    }

    /// <summary>The simulated bfi-like items with A1, C4, C5, E1, E2, O2 and O5 keyed as 7 − x.</summary>
    public static ItemResponses BfiLikeKeyed()
    {
        var (header, rows) = Read("bfi-like.csv");
        return ItemResponses.FromRows(header, rows
            .Select(r => (IReadOnlyList<double>)r.Select((cell, i) => BfiReversed.Contains(header[i]) ? 7 - Number(cell) : Number(cell)).ToArray()).ToList());
    }

    /// <summary>The sample program's baseline mca-26 export: item values in the instrument's order, and each row's role.</summary>
    public static (Instrument Instrument, List<double[]> Values, string[] Roles) SampleMca()
    {
        var instrument = ShippedInstruments.Get("mca-26");
        var (header, rows) = Read("sample-mca-26-baseline.csv");
        var columns = instrument.Items.Select(item => Array.IndexOf(header, item.Id)).ToArray();
        var values = rows.Select(r => columns.Select(c => Number(r[c])).ToArray()).ToList();
        return (instrument, values, rows.Select(r => r[Array.IndexOf(header, "role")]).ToArray());
    }

    private static double Number(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    private static (string[] Header, List<string[]> Rows) Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file)).Where(l => l.Length > 0).ToList();
        static string[] Split(string line) => line.Split(',').Select(c => c.Trim('"')).ToArray();
        return (Split(lines[0]), lines.Skip(1).Select(Split).ToList());
    }
}
