namespace MentorEval.Import.Exports;

/// <summary>How an ambiguous slash date such as <c>3/5/2024</c> is read.</summary>
public enum DateOrder
{
    /// <summary><c>3/5/2024</c> is 5 March (US; SurveyMonkey, Google Forms in an English (US) sheet).</summary>
    MonthFirst,

    /// <summary><c>3/5/2024</c> is 3 May (most other locales).</summary>
    DayFirst,
}
