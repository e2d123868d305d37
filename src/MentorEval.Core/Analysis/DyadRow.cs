namespace MentorEval.Core.Analysis;

/// <summary>Mentor and mentee scores of one scale, pair by pair, at one wave: gaps, paired t, correlation and ICCs.</summary>
public sealed record DyadRow(
    string Instrument,
    string Scale,
    string Wave,
    bool Suppressed,
    int? NPairs,
    double? MeanMentor,
    double? MeanMentee,
    double? MeanGap,
    double? MeanAbsoluteGap,
    double? T,
    double? P,
    double? Correlation,
    double? Icc2,
    double? Icc3,
    IReadOnlyList<PairGapRow> Pairs);
