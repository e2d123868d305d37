namespace MentorEval.Reporting.Content;

/// <summary>How the report's figures were made, in the sentences both the workbook's About sheet and the PDF brief print.</summary>
public static class MethodNotes
{
    public static string SmallGroups(int minimumCell) =>
        $"Any statistic of a group with fewer than {minimumCell} respondents (or pairs) is withheld: " +
        "small groups can identify people, and their numbers are too unstable to act on. Counts of who answered are shown.";

    public const string MissingAnswers = "A scale score needs the number of answered items its definition sets; otherwise it is missing. " +
                                         "Reliability uses every pair of answers available (pairwise), as R's psych package does.";

    public static string Change(CohortReportContent content) =>
        $"From the cohort's first wave ({content.Analysis.CompareWave ?? "–"}) to its latest ({content.Analysis.Wave ?? "–"}), for those who answered both.";
}
