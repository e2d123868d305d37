using MentorEval.Storage.Database;

namespace MentorEval.Application;

/// <summary>
/// An expected reason a use case cannot do what was asked (a missing file, a file that cannot be written, a value only
/// the data can judge), with the message to show as it is. It only unwinds work inside this project, through code that
/// cannot return a value (a stream written by ClosedXML, a step deep in an import); every use case turns it into its
/// outcome's <c>Refused</c> case, so no front end ever catches it.
/// </summary>
internal sealed class RefusedException(string message) : Exception(message);

/// <summary>A use case's outcome that is a refusal: nothing (more) was done, and <see cref="Message"/> says why and what to do.</summary>
public interface IRefused
{
    string Message { get; }
}

internal static class Refusal
{
    /// <summary>Runs a use case's work, turning the expected refusals (ours, and a database that cannot be used) into its outcome.</summary>
    public static async Task<T> CatchAsync<T>(Func<Task<T>> work, Func<string, T> refused)
    {
        try
        {
            return await work();
        }
        catch (RefusedException e)
        {
            return refused(e.Message);
        }
        catch (StoreException e)
        {
            // The database could not do what was asked (busy, unreachable, refused): its message says what to do.
            return refused(e.Message);
        }
    }

    public static T Catch<T>(Func<T> work, Func<string, T> refused) =>
        CatchAsync(() => Task.FromResult(work()), refused).GetAwaiter().GetResult();
}
