namespace MentorEval.Core.Instruments;

public enum ResponseScaleKind
{
    /// <summary>Ordered numbers from min to max; answers may be scored.</summary>
    Numeric,

    /// <summary>Codes without numeric meaning (e.g. "A", "B"); answers are recorded, never scored.</summary>
    Nominal,
}
