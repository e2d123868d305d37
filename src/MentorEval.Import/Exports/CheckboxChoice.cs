namespace MentorEval.Import.Exports;

/// <summary>
/// The variable and choice code of a REDCap checkbox column (<c>support___3</c> is choice 3 of <c>support</c>).
/// </summary>
/// <param name="Variable">The checkbox field's variable name.</param>
/// <param name="Code">The choice code as the column name spells it: REDCap lowercases letters and writes every other
/// character that is not a letter or digit as <c>_</c>, so code <c>-99</c> arrives as <c>_99</c> (column <c>support____99</c>).</param>
public sealed record CheckboxChoice(string Variable, string Code)
{
    /// <summary>Whether this column is the one REDCap writes for <paramref name="dictionaryCode"/> (a code from the data dictionary).</summary>
    public bool Matches(string dictionaryCode)
    {
        var code = dictionaryCode.Trim();
        if (code.Length != Code.Length)
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var expected = char.IsAsciiLetterOrDigit(code[i]) ? char.ToLowerInvariant(code[i]) : '_';
            if (expected != Code[i])
            {
                return false;
            }
        }

        return true;
    }
}
