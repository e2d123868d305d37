using System.Diagnostics.CodeAnalysis;
using MentorEval.Application.Programs;
using MentorEval.Core.Diagnostics;
using MentorEval.Storage.Database;

namespace MentorEval.Application;

/// <summary>A use case's outcome that is a refusal: nothing (more) was done, and <see cref="Diagnostics"/> say why and what to do.</summary>
public interface IRefused
{
    /// <summary>Each reason, with its code, the file (or option, or database) it is about, and its fix.</summary>
    IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The diagnostics as text, one a line, as <see cref="DiagnosticText.Line"/> writes them.</summary>
    string Message => string.Join(Environment.NewLine, Diagnostics.Select(DiagnosticText.Line));
}

/// <summary>
/// Why a step of a use case cannot go on: one or more diagnostics. Steps return it as a value (<see cref="Attempt{T}"/>,
/// or a <c>Refusal?</c> for a step with nothing else to return) and the use case returns it as its <c>Refused</c> outcome.
/// </summary>
public sealed record Refusal(IReadOnlyList<Diagnostic> Diagnostics)
{
    public static implicit operator Refusal(Diagnostic diagnostic) => new([diagnostic]);

    /// <summary>The same reasons, the last one's text ending with <paramref name="sentence"/> (what became of the work, e.g. "Nothing was stored.").</summary>
    public Refusal Then(string sentence)
    {
        var last = Diagnostics[^1];
        return new([.. Diagnostics.SkipLast(1), last.Fix is { } fix ? last with { Fix = $"{fix} {sentence}" } : last with { Message = $"{last.Message} {sentence}" }]);
    }

    /// <summary>
    /// Runs a use case's work, turning a database that cannot be used (busy, unreachable, not ours: Storage's
    /// <see cref="StoreException"/>, whose message says what to do) into its outcome; every other refusal is a value.
    /// </summary>
    internal static async Task<T> UnlessStoreFailsAsync<T>(Workspace workspaceOf, Func<Task<T>> work, Func<IReadOnlyList<Diagnostic>, T> refused)
    {
        try
        {
            return await work();
        }
        catch (StoreException e)
        {
            return refused(Of(e, workspaceOf).Diagnostics);
        }
    }

    internal static T UnlessStoreFails<T>(Workspace workspaceOf, Func<T> work, Func<IReadOnlyList<Diagnostic>, T> refused) =>
        UnlessStoreFailsAsync(workspaceOf, () => Task.FromResult(work()), refused).GetAwaiter().GetResult();

    private static Refusal Of(StoreException e, Workspace workspace)
    {
        var (message, fix) = Sentences(e.Message);
        return new Diagnostic(workspace.DatabaseName, DiagnosticCodes.Database.Unusable, message) { Fix = fix };
    }

    /// <summary>
    /// A text from another project (Storage, Core's capacity rule) that says what is wrong and then, in its last
    /// sentence, what to do: split into a diagnostic's message and fix (no fix when it is one sentence).
    /// </summary>
    internal static (string Message, string? Fix) Sentences(string text)
    {
        for (var end = text.LastIndexOf(". ", StringComparison.Ordinal); end > 0; end = text.LastIndexOf(". ", end - 1, StringComparison.Ordinal))
        {
            // "e.g. 0.2" is no sentence's end: the next sentence starts with a capital letter.
            if (end + 2 < text.Length && char.IsUpper(text[end + 2])) return (text[..(end + 1)], text[(end + 2)..]);
        }

        return (text, null);
    }
}

/// <summary>What a step of a use case gives back: its value, or the <see cref="Refusal"/> saying why there is none.</summary>
public readonly struct Attempt<T>
{
    private readonly T? value;

    private Attempt(T? value, Refusal? refusal)
    {
        this.value = value;
        Refusal = refusal;
    }

    public Refusal? Refusal { get; }

    public static implicit operator Attempt<T>(T value) => new(value, null);

    public static implicit operator Attempt<T>(Refusal refusal) => new(default, refusal);

    public static implicit operator Attempt<T>(Diagnostic refusal) => new(default, refusal);

    /// <summary>True, with the refusal, when the step refused; else false with its value.</summary>
    public bool Failed([NotNullWhen(true)] out Refusal? refusal, [MaybeNullWhen(true)] out T result)
    {
        refusal = Refusal;
        result = value;
        return refusal is not null;
    }
}
