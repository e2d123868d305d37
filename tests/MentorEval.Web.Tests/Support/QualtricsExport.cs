using System.Text;

namespace MentorEval.Web.Tests.Support;

/// <summary>
/// Check-ins of the sample program as Qualtrics exports them: three header rows (names, question text, ImportId JSON),
/// answers as labels ("Agree"), the participant in ExternalReference, the pair as embedded data, no wave column (the leader names it).
/// </summary>
public static class QualtricsExport
{
    private static readonly string[] Labels = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];

    /// <summary>The agree scale's label for an answer of 1–5, as the export writes it.</summary>
    public static string Label(int answer) => Labels[answer - 1];

    /// <summary>The first <paramref name="rows"/> month-6 check-ins of the sample; <paramref name="change"/> may rewrite a row's cells (by column name) before it is written.</summary>
    public static byte[] CheckIns(int rows, Action<int, Dictionary<string, string>>? change = null)
    {
        var sample = File.ReadAllLines(Repository.Path("sample-data/responses/month-6/relationship-checkin.csv"));
        var header = sample[0].Split(',');
        var items = header[5..];
        string[] meta = ["StartDate", "EndDate", "Status", "Progress", "Finished", "RecordedDate", "ResponseId", "ExternalReference", "pair_id"];
        var lines = new List<string>
        {
            Line([.. meta, .. items]),
            Line(["Start Date", "End Date", "Response Type", "Progress", "Finished", "Recorded Date", "Response ID", "External Data Reference", "pair_id",
                .. items.Select(i => $"How is it going? - {i.Replace('_', ' ')}")]),
            Line([
                """{"ImportId":"startDate","timeZone":"UTC"}""", """{"ImportId":"endDate","timeZone":"UTC"}""", """{"ImportId":"status"}""", """{"ImportId":"progress"}""",
                """{"ImportId":"finished"}""", """{"ImportId":"recordedDate","timeZone":"UTC"}""", """{"ImportId":"_recordId"}""", """{"ImportId":"externalDataReference"}""", """{"ImportId":"pair_id"}""",
                .. items.Select((_, n) => $$"""{"ImportId":"QID{{n + 1}}"}"""),
            ]),
        };
        for (var r = 1; r <= rows; r++)
        {
            var cells = sample[r].Split(',');
            var at = DateTimeOffset.Parse(cells[4], System.Globalization.CultureInfo.InvariantCulture).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            var row = new Dictionary<string, string>
            {
                ["StartDate"] = at, ["EndDate"] = at, ["Status"] = "IP Address", ["Progress"] = "100", ["Finished"] = "True", ["RecordedDate"] = at,
                ["ResponseId"] = $"R_{r:000000000000000}", ["ExternalReference"] = cells[0], ["pair_id"] = cells[1],
            };
            for (var i = 0; i < items.Length; i++)
            {
                var value = cells[5 + i];
                // The agree scale's answers as Qualtrics writes them: the label, not the number.
                row[items[i]] = int.TryParse(value, out var v) && items[i] is not "meetings_count" && v is >= 1 and <= 5 ? Labels[v - 1] : value;
            }

            change?.Invoke(r, row);
            lines.Add(Line([.. meta.Select(m => row[m]), .. items.Select(i => row[i])]));
        }

        return Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
    }

    private static string Line(IEnumerable<string> cells) =>
        string.Join(',', cells.Select(c => c.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{c.Replace("\"", "\"\"")}\"" : c));
}
