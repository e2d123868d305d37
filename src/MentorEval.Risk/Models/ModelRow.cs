namespace MentorEval.Risk.Models;

/// <summary>One (pair, prediction point) as ML.NET reads it; the feature vector's length is set per catalog at load time.</summary>
internal sealed class ModelRow
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}
