using System.Diagnostics.CodeAnalysis;

namespace MentorEval.Core.Statistics;

/// <summary>
/// Statistics that a small-cell rule either shows or suppresses. There is no property or conversion that yields
/// the statistics unconditionally: a report must go through <see cref="TryGetValue"/> or <see cref="Match{TResult}"/>
/// and so cannot print a suppressed number by accident. The default value is suppressed, never shown.
/// </summary>
public readonly record struct Suppressible<T>
{
    private readonly T value;
    private readonly bool shown;

    private Suppressible(T value, bool shown, int minimumN)
    {
        this.value = value;
        this.shown = shown;
        MinimumN = minimumN;
    }

    public bool IsSuppressed => !shown;

    /// <summary>The smallest group size the rule accepts (when suppressed: the size the group fell short of).</summary>
    public int MinimumN { get; }

    public static Suppressible<T> Shown(T value, int minimumN) => new(value, shown: true, minimumN);

    public static Suppressible<T> Suppressed(int minimumN) => new(default!, shown: false, minimumN);

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = this.value;
        return shown;
    }

    public TResult Match<TResult>(Func<T, TResult> whenShown, Func<int, TResult> whenSuppressed) =>
        shown ? whenShown(value) : whenSuppressed(MinimumN);

    public override string ToString() => shown ? $"{value}" : $"suppressed (fewer than {MinimumN} respondents)";
}
