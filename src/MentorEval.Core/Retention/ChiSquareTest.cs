namespace MentorEval.Core.Retention;

/// <summary>A chi-square test's statistic, degrees of freedom and upper-tail p, named for what it tests.</summary>
public sealed record ChiSquareTest(string Name, double ChiSquare, int Df, double P)
{
    public static ChiSquareTest Of(string name, double chiSquare, int df) => new(name, chiSquare, df, ChiSquareTail.Upper(chiSquare, df));
}
