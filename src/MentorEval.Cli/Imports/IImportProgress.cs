namespace MentorEval.Cli.Imports;

/// <summary>Receives how far an import has read, as a share of the file's bytes.</summary>
public interface IImportProgress
{
    Task RunAsync(string description, Func<Action<double>, Task> work);
}
