namespace MentorEval.Core.Risk;

/// <summary>How a pair's risk was judged: by a model learned from past cohorts, or by the fixed rules when there is too little history.</summary>
public enum RiskMethod
{
    Model,
    Rules,
}
