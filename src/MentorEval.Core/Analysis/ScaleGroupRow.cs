using MentorEval.Core.Pairs;

namespace MentorEval.Core.Analysis;

/// <summary>
/// One scale for one group (cohort × wave × role): how many responded, out of how many expected from the roster,
/// how many had enough answers for a score (<see cref="N"/>), and the score distribution. When the group is smaller
/// than the minimum cell, every statistic (and the counts) is withheld and <see cref="Suppressed"/> is true.
/// </summary>
public sealed record ScaleGroupRow(
    string Instrument,
    string Scale,
    string Wave,
    Role Role,
    bool Suppressed,
    int? Responses,
    int? N,
    int Expected,
    double? ResponseRate,
    double? Mean,
    double? Sd,
    double? Median,
    double? Q1,
    double? Q3,
    double? CiLower,
    double? CiUpper,
    IReadOnlyList<BandShareRow> Bands);
