using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Sample;

namespace MentorEval.Import.Sample;

/// <summary>
/// Writes a generated program as the files a program leader would have: roster.csv, one export per survey
/// (responses/WAVE/INSTRUMENT[-ROLE].csv) and program.json describing them. Exports imitate the survey tools
/// faithfully (free-text answers are written as given), because they stand in for files MentorEval reads. Each file goes
/// to the stream the caller opens for its path (the caller decides how files are written and put in place).
/// </summary>
public static class SampleProgramWriter
{
    /// <param name="create">Opens the file at a path for writing; the writer disposes the stream when that file is written.</param>
    public static SampleManifest Write(SampleProgram program, IReadOnlyList<Instrument> instruments, string folder, Func<string, Stream> create, SampleFormat format)
    {
        void WriteCsv(string path, Action<CsvWriter> write)
        {
            using var csv = CsvWriter.Create(create(path), CsvWriterOptions.Default with { NewLine = "\n" });
            write(csv);
        }

        WriteCsv(Path.Combine(folder, "roster.csv"), csv => WriteRoster(csv, program.Roster));

        var files = new List<SampleManifest.SurveyFile>();
        var byWave = program.Surveys.GroupBy(s => (s.InstrumentId, s.Wave)).OrderBy(g => program.Options.Waves.ToList().IndexOf(g.Key.Wave)).ThenBy(g => g.Key.InstrumentId);
        foreach (var group in byWave)
        {
            var instrument = instruments.First(i => i.Id == group.Key.InstrumentId);
            var sheets = group.SelectMany(s => s.Sheets).OrderBy(s => s.SubmittedAt).ThenBy(s => s.RespondentId).ToList();
            var roles = format == SampleFormat.Qualtrics ? sheets.Select(s => (Role?)s.Role).Distinct().OrderBy(r => r).ToList() : [null];
            foreach (var role in roles)
            {
                var roleSheets = role is null ? sheets : sheets.Where(s => s.Role == role).ToList();
                var relative = Path.Combine("responses", group.Key.Wave, $"{instrument.Id}{(role is null ? "" : "-" + RoleText.Name(role.Value))}.csv");
                WriteCsv(Path.Combine(folder, relative), csv =>
                {
                    switch (format)
                    {
                        case SampleFormat.Qualtrics: WriteQualtrics(csv, instrument, roleSheets); break;
                        case SampleFormat.Redcap: WriteRedcap(csv, instrument, group.Key.Wave, roleSheets); break;
                        default: WriteGeneric(csv, instrument, group.Key.Wave, roleSheets); break;
                    }
                });
                files.Add(new SampleManifest.SurveyFile(relative.Replace('\\', '/'), instrument.Id, group.Key.Wave,
                    format.ToString().ToLowerInvariant(), role is null ? null : RoleText.Name(role.Value), roleSheets.Count));
            }
        }

        var o = program.Options;
        var manifest = new SampleManifest(
            $"Synthetic mentoring program: {o.Pairs} pairs in {o.Cohorts} cohorts, waves {string.Join(", ", o.Waves)}" +
            (o.LatestCohortInProgress ? "; the latest cohort is still running." : "."),
            o.Seed, "roster.csv", files);
        using (var json = new StreamWriter(create(Path.Combine(folder, SampleManifest.FileName)), new UTF8Encoding(false)))
            json.Write(JsonSerializer.Serialize(manifest, SampleManifest.Json) + "\n");
        return manifest;
    }

    private static void WriteRoster(CsvWriter csv, IReadOnlyList<RosterEntry> roster)
    {
        // The program's own columns (site) after the ones MentorEval reads.
        var attributes = roster.SelectMany(p => p.Attributes.Names).Distinct(StringComparer.Ordinal).ToList();
        Row(csv, ["pair_id", "cohort", "mentor_id", "mentee_id", "start_date", "planned_end_date", "status", "end_date", "closure_reason", .. attributes]);
        foreach (var p in roster)
        {
            Row(csv, [p.PairId, p.Cohort, p.MentorId, p.MenteeId, Date(p.StartDate), Date(p.PlannedEndDate),
                PairStatusText.Format(p.Status), p.EndDate is { } end ? Date(end) : "", p.ClosureReason ?? "", .. attributes.Select(a => p.Attributes[a] ?? "")]);
        }
    }

    private static void WriteGeneric(CsvWriter csv, Instrument instrument, string wave, IEnumerable<SampleAnswerSheet> sheets)
    {
        Row(csv, ["respondent_id", "pair_id", "role", "wave", "submitted_at", .. instrument.Items.Select(i => i.Id)]);
        foreach (var s in sheets)
            Row(csv, [s.RespondentId, s.PairId, RoleText.Name(s.Role), wave, s.SubmittedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), .. s.Answers]);
    }

    /// <summary>Qualtrics: names, question text, ImportId JSON; answers as choice text; one preview row that import must skip.</summary>
    private static void WriteQualtrics(CsvWriter csv, Instrument instrument, IReadOnlyList<SampleAnswerSheet> sheets)
    {
        string[] meta = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate",
            "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference", "LocationLatitude",
            "LocationLongitude", "DistributionChannel", "UserLanguage"];
        var questions = instrument.Items.Select((item, i) => item.Aliases.FirstOrDefault(a => a.StartsWith('Q')) ?? $"Q{i + 1}").ToList();
        Row(csv, [.. meta, "pair_id", .. questions]);
        Row(csv, ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished", "Recorded Date",
            "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email", "External Data Reference", "Location Latitude",
            "Location Longitude", "Distribution Channel", "User Language", "pair_id", .. instrument.Items.Select(i => i.Text)]);
        Row(csv, [.. meta.Select(m => $"{{\"ImportId\":\"{char.ToLowerInvariant(m[0])}{m[1..].Replace(" ", "").Replace("(inseconds)", "")}\"}}"),
            "{\"ImportId\":\"pair_id\"}", .. questions.Select((q, i) => $"{{\"ImportId\":\"QID{i + 1}\"}}")]);
        var random = new Random(sheets.Count);
        var preview = sheets.Count > 0 ? new[] { sheets[0] with { RespondentId = "", PairId = "" } } : [];
        foreach (var (s, isPreview) in preview.Select(s => (s, true)).Concat(sheets.Select(s => (s, false))))
        {
            var start = s.SubmittedAt.AddMinutes(-random.Next(3, 25));
            string Stamp(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            Row(csv, [Stamp(start), Stamp(s.SubmittedAt), isPreview ? "Survey Preview" : "IP Address", isPreview ? "" : "192.0.2." + random.Next(1, 254),
                "100", ((int)(s.SubmittedAt - start).TotalSeconds).ToString(CultureInfo.InvariantCulture), "True", Stamp(s.SubmittedAt),
                "R_" + Convert.ToHexString(BitConverter.GetBytes(random.NextInt64()))[..15], "", "", "", s.RespondentId, "", "", isPreview ? "preview" : "email", "EN",
                s.PairId, .. instrument.Items.Select((item, i) => ChoiceText(instrument, item, s.Answers[i]))]);
        }
    }

    private static void WriteRedcap(CsvWriter csv, Instrument instrument, string wave, IEnumerable<SampleAnswerSheet> sheets)
    {
        var form = instrument.Id.Replace('-', '_');
        Row(csv, ["record_id", "redcap_event_name", "pair_id", "role", .. instrument.Items.Select(i => i.Id), $"{form}_complete"]);
        foreach (var s in sheets)
            Row(csv, [s.RespondentId, $"{wave.Replace('-', '_')}_arm_1", s.PairId, RoleText.Name(s.Role), .. s.Answers, "2"]);
    }

    /// <summary>The label Qualtrics would show for a numeric answer; unlabelled points stay numbers, as Qualtrics writes them.</summary>
    private static string ChoiceText(Instrument instrument, Item item, string answer)
    {
        if (instrument.ResponseScaleOf(item) is not { } scale) return answer;
        return scale.Labels.FirstOrDefault(l => l.Code == answer)?.Text ?? answer;
    }

    private static void Row(CsvWriter csv, params string[] fields) => csv.WriteRecord(fields);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

}
