using System.Globalization;
using MentorEval.Core.Reliability;

namespace MentorEval.Core.Tests.Reliability;

/// <summary>The CSV fixtures written by Fixtures/make-references.R (header of item ids, empty = missing).</summary>
internal static class Fixture
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Reliability", "Fixtures");

    /// <summary>psych::bfi A1..A5, with A1 keyed as 7 − A1 (1–6 scale), the reference case of docs/psychometrics.md#reference-values-on-bfi.</summary>
    public static ItemResponses BfiAgreeableness() => Keyed("bfi-agreeableness", min: 1, max: 6, "A1");

    /// <summary>R1..R6 on 1–5; R2 and R5 are negatively worded.</summary>
    public static ItemResponses ReverseKeyedMissing() => Keyed("reverse-keyed-missing", min: 1, max: 5, "R2", "R5");

    public static ItemResponses SingleCompleteRespondent() => Load("single-complete-respondent");

    public static ItemResponses ConstantItem() => Load("constant-item");

    public static ItemResponses Dichotomous() => Load("dichotomous");

    /// <summary>The fixture with its reverse-keyed items turned around (x' = min + max − x), as psych saw it.</summary>
    public static ItemResponses ByName(string fixture) => fixture switch
    {
        "bfi-agreeableness" => BfiAgreeableness(),
        "reverse-keyed-missing" => ReverseKeyedMissing(),
        "reverse-keyed-missing-unkeyed" => Load("reverse-keyed-missing"),
        _ => Load(fixture),
    };

    public static ItemResponses Load(string fixture) => Keyed(fixture, 0, 0);

    private static ItemResponses Keyed(string fixture, double min, double max, params string[] reversed)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, fixture + ".csv"));
        var ids = lines[0].Split(',');
        var rows = lines.Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => (IReadOnlyList<double>)line.Split(',')
                .Select((cell, i) => cell.Length == 0
                    ? double.NaN
                    : reversed.Contains(ids[i])
                        ? min + max - double.Parse(cell, CultureInfo.InvariantCulture)
                        : double.Parse(cell, CultureInfo.InvariantCulture))
                .ToArray())
            .ToList();
        return ItemResponses.FromRows(ids, rows);
    }
}
