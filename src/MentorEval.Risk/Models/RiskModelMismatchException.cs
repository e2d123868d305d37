namespace MentorEval.Risk.Models;

/// <summary>A saved model cannot be used on this data: different instruments, versions or features, or an unreadable file.</summary>
public sealed class RiskModelMismatchException(string message) : Exception(message);
