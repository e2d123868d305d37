using System.Globalization;
using MentorEval.Core.Instruments;
using MentorEval.Core.Reliability;
using MentorEval.Core.Scoring;

namespace MentorEval.Core.Tests.Scoring;

/// <summary>
/// Scale scores and their reliability on psych's bfi Agreeableness items (A1 reverse-keyed on 1–6, missing answers),
/// against R: scores from <c>psych::scoreItems(keys, items, min = 1, max = 6, impute = "none")$scores</c>
/// (Scoring/Fixtures/make-references.R), alpha from <c>psych::alpha</c> as in docs/psychometrics.md#cronbachs-alpha.
/// </summary>
public sealed class ScoringReferenceTests
{
    private const double Tolerance = 1e-10;

    private static readonly Instrument Agreeableness = InstrumentDefinition.Parse("""
        { "id": "bfi-a", "version": "1.0.0", "title": "bfi Agreeableness", "citation": "psych::bfi", "roles": ["mentee"],
          "responseScales": [ { "id": "six", "min": 1, "max": 6 } ],
          "items": [
            { "id": "A1", "text": "A1", "responseScale": "six", "reverse": true },
            { "id": "A2", "text": "A2", "responseScale": "six" },
            { "id": "A3", "text": "A3", "responseScale": "six" },
            { "id": "A4", "text": "A4", "responseScale": "six" },
            { "id": "A5", "text": "A5", "responseScale": "six" } ],
          "scales": [ { "id": "agreeableness", "title": "Agreeableness", "items": ["A1", "A2", "A3", "A4", "A5"], "minAnswered": 1 } ] }
        """, "bfi-a").Instrument!;

    private static readonly Lazy<InstrumentScores> Scored = new(() =>
    {
        var rows = ReadCsv("Reliability/Fixtures/bfi-agreeableness.csv");
        return InstrumentScoring.Score(Agreeableness, rows.Select((_, i) => $"R{i + 1}").ToList(), rows);
    });

    private static List<double[]> ReadCsv(string path) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, path)).Skip(1)
            .Select(line => line.Split(',').Select(c => c.Length == 0 ? double.NaN : double.Parse(c, CultureInfo.InvariantCulture)).ToArray())
            .ToList();

    [Fact]
    public void Every_respondents_score_matches_psych_scoreItems()
    {
        var expected = ReadCsv("Scoring/Fixtures/bfi-agreeableness-scores.csv").Select(r => r[0]).ToList();
        var actual = Scored.Value.Scales.Single().Scores;

        actual.Length.ShouldBe(2800);
        for (var i = 0; i < actual.Length; i++)
        {
            if (double.IsNaN(expected[i])) double.IsNaN(actual[i]).ShouldBeTrue($"respondent {i + 1}");
            else actual[i].ShouldBe(expected[i], Tolerance, $"respondent {i + 1}");
        }
    }

    [Fact]
    public void The_scored_scale_reports_psych_alpha_of_the_reversed_items()
    {
        var reliability = Scored.Value.Scales.Single().Reliability;

        reliability.Policy.ShouldBe(MissingDataPolicy.Pairwise);
        reliability.RawAlpha!.Value.ShouldBe(0.7030184, 1e-7); // psych::alpha(A)$total$raw_alpha
        reliability.OmegaTotal!.Value.ShouldBe(0.7229431, 1e-5); // psych::omega(A, nfactors = 1)$omega.tot
    }

    [Fact]
    public void Listwise_reliability_uses_only_complete_respondents()
    {
        var rows = ReadCsv("Reliability/Fixtures/bfi-agreeableness.csv");
        var scored = InstrumentScoring.Score(Agreeableness, rows.Select((_, i) => $"R{i + 1}").ToList(), rows, MissingDataPolicy.Listwise);

        var reliability = scored.Scales.Single().Reliability;
        reliability.RespondentsUsed.ShouldBe(2709);
        reliability.RawAlpha!.Value.ShouldBe(0.7037559, 1e-7); // psych::alpha(na.omit(A))$total$raw_alpha
    }
}
