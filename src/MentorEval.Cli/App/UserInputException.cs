namespace MentorEval.Cli.App;

/// <summary>
/// Thrown by a command when the user's input (an option value, a missing file) makes it impossible to go on.
/// The message is shown as it is, so it must say what is wrong and how to fix it.
/// </summary>
public sealed class UserInputException(string message) : Exception(message);
