using MentorEval.Core.Pairs;

namespace MentorEval.Core.Analysis;

/// <summary>Pre/post change of one scale for respondents who answered at both waves (paired t, d_z, Wilcoxon signed-rank).</summary>
public sealed record ChangeRow(
    string Instrument,
    string Scale,
    Role Role,
    string FromWave,
    string ToWave,
    bool Suppressed,
    int? NPaired,
    double? MeanBefore,
    double? MeanAfter,
    double? MeanChange,
    double? SdChange,
    double? T,
    double? Df,
    double? P,
    double? CohensDz,
    double? WilcoxonV,
    double? WilcoxonP,
    string? WilcoxonMethod);
