using System.Runtime.InteropServices;

namespace MentorEval.Cli.App;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancelled <see cref="Token"/>, so the running command stops, rolls
/// back what it had not committed, and exits with <see cref="ExitCode.Cancelled"/>. A second signal is left to the system
/// and ends the process at once, for a user who will not wait for the rollback (the database's journal still undoes it).
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly TextWriter error;
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;

    public StopSignals(TextWriter error)
    {
        this.error = error;
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => stop.Token;

    private void OnSignal(PosixSignalContext signal)
    {
        if (stop.IsCancellationRequested) return;
        signal.Cancel = true;
        error.WriteLine("Stopping: undoing what was not finished (press Ctrl+C again to stop at once)…");
        stop.Cancel();
    }

    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
        stop.Dispose();
    }
}
