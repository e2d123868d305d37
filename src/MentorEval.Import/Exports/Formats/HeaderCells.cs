namespace MentorEval.Import.Exports;

/// <summary>Looks up header cells by name, ignoring case and surrounding spaces (people retype headers in Excel).</summary>
internal static class HeaderCells
{
    /// <summary>
    /// Columns a program adds to any survey tool's export (embedded data, extra fields) to carry MentorEval's
    /// identifiers, named as in the generic layout. The program's respondent id is the participant: the tool keeps its own
    /// response id apart.
    /// </summary>
    public static ColumnKind? ProgramColumn(string name) => name.ToLowerInvariant() switch
    {
        "respondent_id" or "participant_id" => ColumnKind.ParticipantId,
        "pair_id" => ColumnKind.PairId,
        "role" => ColumnKind.Role,
        "wave" => ColumnKind.Wave,
        _ => null,
    };

    public static int IndexOf(CsvRecord row, string name)
    {
        for (var i = 0; i < row.Fields.Count; i++)
        {
            if (Is(row.Fields[i], name))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool Has(CsvRecord row, string name) => IndexOf(row, name) >= 0;

    public static bool Is(string cell, string name) => cell.AsSpan().Trim().Equals(name, StringComparison.OrdinalIgnoreCase);

    public static bool IsAny(string cell, IReadOnlyCollection<string> names)
    {
        foreach (var name in names)
        {
            if (Is(cell, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a cell is Qualtrics ImportId JSON (<c>{"ImportId":"QID1"}</c>), or the Python-style dict of the
    /// transitional "Insights" exporter of 2016–17 (<c>{'ImportId': 'QID3-1'}</c>).</summary>
    public static bool IsImportId(string cell)
    {
        var text = cell.AsSpan().Trim();
        return text.StartsWith("{") && (text.Contains("\"ImportId\"", StringComparison.Ordinal) || text.Contains("'ImportId'", StringComparison.Ordinal));
    }

    /// <summary>Whether most filled cells of a row are ImportId JSON.</summary>
    public static bool IsImportIdRow(CsvRecord row)
    {
        int filled = 0, ids = 0;
        foreach (var cell in row.Fields)
        {
            if (string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            filled++;
            ids += IsImportId(cell) ? 1 : 0;
        }

        return ids > 0 && ids * 2 >= filled;
    }

    /// <summary>The number of columns up to the last that has a name in any of the rows: Excel and the legacy
    /// Qualtrics exporter add empty columns at the end.</summary>
    public static int Width(params IReadOnlyList<CsvRecord?> rows)
    {
        var width = 0;
        foreach (var row in rows)
        {
            if (row is null)
            {
                continue;
            }

            for (var i = row.Fields.Count - 1; i >= width; i--)
            {
                if (!string.IsNullOrWhiteSpace(row.Fields[i]))
                {
                    width = i + 1;
                    break;
                }
            }
        }

        return width;
    }

    public static string Quote(string text, int max = 60) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
