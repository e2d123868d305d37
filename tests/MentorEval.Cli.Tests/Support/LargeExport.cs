namespace MentorEval.Cli.Tests.Support;

/// <summary>
/// A generic export for the fixture instrument (pair-pulse) long enough that an import of it runs for seconds, whose
/// first row is rejected: the rejects file appearing (written under a temporary name until the import ends) says the
/// import has begun writing its batch.
/// </summary>
public static class LargeExport
{
    public static void Write(string path, int rows)
    {
        var random = new Random(rows);
        using var file = new StreamWriter(path);
        file.WriteLine("respondent_id,role,wave,listens,goals,trust,cancelled,meetings,comment");
        file.WriteLine("R-REJECTED,mentor,2024-09,9,1,1,1,1,listens is outside the scale 1-5");
        for (var i = 0; i < rows; i++)
        {
            file.WriteLine($"R{i:D6},{(i % 2 == 0 ? "mentor" : "mentee")},2024-09,{random.Next(1, 6)},{random.Next(1, 6)},{random.Next(1, 6)},"
                           + $"{random.Next(1, 6)},{random.Next(0, 9)},free text {i}");
        }
    }

    /// <summary>Waits until the import has rejected the first row (it is then writing its batch) or has ended.</summary>
    public static async Task WaitForRejectsAsync(string rejectsPath, Func<bool> ended)
    {
        var folder = Path.GetDirectoryName(rejectsPath)!;
        var partial = $".{Path.GetFileName(rejectsPath)}.*.partial";
        while (!ended() && !File.Exists(rejectsPath) && !Directory.EnumerateFiles(folder, partial).Any()) await Task.Delay(10);
    }
}
