namespace MentorEval.Application;

/// <summary>How far a use case has come: the step it is in, and the share of that step done (0 to 1).</summary>
/// <param name="Step">What is being done, in plain words ("Importing export.csv", "Drawing charts").</param>
public sealed record StepProgress(string Step, double Done = 0);
