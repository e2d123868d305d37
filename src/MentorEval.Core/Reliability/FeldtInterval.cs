using MathNet.Numerics.Distributions;

namespace MentorEval.Core.Reliability;

/// <summary>
/// Feldt's confidence interval for coefficient alpha (psych's <c>alpha.ci</c>), with the number of
/// respondents it rests on: with df1 = N − 1 and df2 = (N − 1)(k − 1),
/// lower = 1 − (1 − α)·F(1 − p/2; df1, df2), upper = 1 − (1 − α)·F(p/2; df1, df2).
/// </summary>
public sealed record FeldtInterval(double Lower, double Upper, double Level, int Respondents)
{
    internal static FeldtInterval For(double alpha, int respondents, int items, double level = 0.95)
    {
        var df1 = respondents - 1.0;
        var df2 = df1 * (items - 1);
        var tail = (1 - level) / 2;
        return new FeldtInterval(
            Lower: 1 - (1 - alpha) * FisherSnedecor.InvCDF(df1, df2, 1 - tail),
            Upper: 1 - (1 - alpha) * FisherSnedecor.InvCDF(df1, df2, tail),
            Level: level,
            Respondents: respondents);
    }
}
