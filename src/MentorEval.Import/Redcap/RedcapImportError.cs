namespace MentorEval.Import.Redcap;

/// <summary>
/// Why a dictionary could not be converted, located as precisely as the input allows.
/// <see cref="Row"/> counts as a spreadsheet shows it (the header is row 1); <see cref="Column"/> is the
/// column's header as written in the file. <see cref="Fix"/> says what to change.
/// </summary>
public sealed record RedcapImportError(string File, int? Row, string? Column, string Message, string Fix)
{
    public override string ToString()
    {
        var where = File;
        if (Row is not null) where += $", row {Row}";
        if (Column is not null) where += $", column \"{Column}\"";
        return $"{where}: {Message} {Fix}";
    }
}
