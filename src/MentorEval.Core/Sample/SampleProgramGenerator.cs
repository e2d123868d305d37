using System.Globalization;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Sample;

/// <summary>
/// Generates a realistic synthetic mentoring program, for demos and tests. Each pair has a latent relationship
/// quality that drifts from wave to wave; answers come from latent traits plus noise (so scale reliabilities land
/// around .70–.90); mentor and mentee see the relationship alike but not identically; weaker pairs skip more
/// check-ins and close early with a higher hazard, highest in the first months (before a relationship has formed, as
/// matches do in published programs), and for reasons from the closure-reason families (docs/retention.md); a few
/// answers are skipped or given as N/A. Each pair has a site (a roster column of the program's own), drawn apart from the rest.
/// The rules that decide early closure are in <see cref="ClosureHazard"/>, so tests can check that a model finds them.
/// </summary>
public sealed class SampleProgramGenerator(IReadOnlyList<Instrument> instruments)
{
    /// <summary>Reasons of circumstance, written as the shipped retention/closure-reasons.csv maps them (mentors' cited about twice as often as mentees').</summary>
    private static readonly string[] CircumstanceReasons =
    [
        "mentor: lack of time", "mentor: new job", "mentor: moved", "mentor: family reasons",
        "mentee: lack of time", "mentee: moved", "program ended", "no reason given",
    ];

    private static readonly string[] RelationshipReasons = ["mismatch", "personality clash", "unmet expectations"];

    /// <summary>A program's own phrasings that its table may not map yet (the report lists them).</summary>
    private static readonly string[] OtherReasons = ["personal reasons"];

    /// <summary>Where pairs meet: a roster column of the program's own (stored as the pairs' attributes), to group pairs by.</summary>
    private static readonly string[] Sites = ["central", "east", "online"];

    private static readonly string[] Comments =
    [
        "Great month, we finally agreed on a publication plan.",
        "Hard to find time to meet this term.",
        "My mentor is very supportive.",
        "We have not met since the last check-in.",
        "+1 to what the program team suggested about meeting agendas",
        "=) things are going well",
        "-- nothing to add --",
        "@program team: could we get a room for meetings?",
    ];

    /// <summary>
    /// Chance that a pair closes in the interval after a wave, given its quality then, whether it skipped that wave's
    /// check-in, and which interval it is (0 = the first months, when most matches that fail do so).
    /// </summary>
    /// <remarks>
    /// Set so that about 31% of a finished program's pairs close early, the low end of the published 30–38%: a program
    /// with a cohort still running counts that cohort's early closures but not its running pairs, which puts the share of
    /// ended pairs that closed early some 7 points higher (39% in the demo program, 35 of 89).
    /// </remarks>
    public static double ClosureHazard(double quality, bool skippedCheckIn, int interval) =>
        Logistic(-3.6 - 1.7 * quality + (skippedCheckIn ? 0.9 : 0) + (interval == 0 ? 0.8 : 0));

    public SampleProgram Generate(SampleOptions options)
    {
        var random = new Random(options.Seed);
        var roster = new List<RosterEntry>();
        var surveys = new Dictionary<(string Instrument, string Wave, string Cohort), List<SampleAnswerSheet>>();
        var pairsPerCohort = SplitEvenly(options.Pairs, options.Cohorts);
        var pairNumber = 0;
        // Sites come from their own generator, so adding them left every other figure of a seed's program as it was.
        var siteRandom = new Random(options.Seed);

        for (var c = 0; c < options.Cohorts; c++)
        {
            var start = options.FirstStart.AddMonths(6 * c);
            var cohort = CohortName(start);
            var inProgress = options.LatestCohortInProgress && c == options.Cohorts - 1;
            var wavesHeld = inProgress ? Math.Max(1, options.Waves.Count - 1) : options.Waves.Count;
            var mentors = new List<string>();

            for (var p = 0; p < pairsPerCohort[c]; p++)
            {
                pairNumber++;
                var pair = new PairState(random, $"P{pairNumber:D4}", cohort, start, options);
                // About one mentor in ten takes a second mentee in the same cohort.
                pair.MentorId = mentors.Count > 0 && random.NextDouble() < 0.1
                    ? mentors[random.Next(mentors.Count)]
                    : $"M{pairNumber:D4}";
                mentors.Add(pair.MentorId);

                for (var w = 0; w < wavesHeld && pair.ClosedAfterWave is null; w++)
                {
                    var skippedCheckIn = RunWave(random, pair, w, options, surveys);
                    var lastWave = w == options.Waves.Count - 1;
                    // A cohort still running is seen at its latest wave: a closure after it has not happened yet.
                    var future = inProgress && w == wavesHeld - 1;
                    if (!lastWave && random.NextDouble() < ClosureHazard(pair.Quality[w], skippedCheckIn, w) && !future) pair.ClosedAfterWave = w;
                }

                roster.Add(pair.ToRosterEntry(random, inProgress, options) with
                {
                    Attributes = new RosterAttributes([KeyValuePair.Create("site", Sites[siteRandom.Next(Sites.Length)])]),
                });
            }
        }

        var list = surveys.Select(s => new SampleSurvey(s.Key.Instrument, s.Key.Wave, s.Key.Cohort, s.Value)).ToList();
        return new SampleProgram(options, roster, list);
    }

    /// <summary>Answers of both sides of a pair at one wave. Returns whether the pair skipped the check-in.</summary>
    private bool RunWave(Random random, PairState pair, int w, SampleOptions options,
        Dictionary<(string, string, string), List<SampleAnswerSheet>> surveys)
    {
        var wave = options.Waves[w];
        var date = pair.WaveDate(w, options);
        var skippedCheckIn = false;
        foreach (var (instrument, role) in Schedule(w, options.Waves.Count))
        {
            var quality = pair.Quality[w];
            var checkIn = instrument.Id == "relationship-checkin";
            var respondProbability = checkIn ? Logistic(1.8 + 1.4 * quality) : Logistic(2.4 + 0.8 * quality);
            if (random.NextDouble() >= respondProbability)
            {
                skippedCheckIn |= checkIn;
                continue;
            }

            var submitted = new DateTimeOffset(date.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero)
                .AddMinutes(random.Next(0, 14 * 24 * 60));
            var answers = AnswerSheet(random, instrument, pair, role, w);
            var key = (instrument.Id, wave, pair.Cohort);
            if (!surveys.TryGetValue(key, out var sheets)) surveys[key] = sheets = [];
            sheets.Add(new SampleAnswerSheet(role == Role.Mentor ? pair.MentorId : pair.MenteeId, pair.PairId, role, submitted, answers));
        }

        return skippedCheckIn;
    }

    /// <summary>Which instrument each role answers at a wave: competencies and expectations at the start, check-ins throughout, satisfaction at the end.</summary>
    private IEnumerable<(Instrument, Role)> Schedule(int wave, int waveCount)
    {
        var first = wave == 0;
        var last = wave == waveCount - 1;
        foreach (var instrument in instruments)
        {
            var due = instrument.Id switch
            {
                "relationship-checkin" => true,
                "mca-26" or "mentoring-practices" => first || last,
                "expectations-alignment" => first,
                _ => last,
            };
            if (!due) continue;
            if (instrument.Roles.Contains(Role.Mentor)) yield return (instrument, Role.Mentor);
            if (instrument.Roles.Contains(Role.Mentee)) yield return (instrument, Role.Mentee);
        }
    }

    private static List<string> AnswerSheet(Random random, Instrument instrument, PairState pair, Role role, int w)
    {
        var driver = Driver(instrument.Id, pair, role, w);
        var weightItems = instrument.Scales.SelectMany(s => s.WeightItems.Values).ToHashSet();
        var scaleLatent = new Dictionary<string, double>();
        foreach (var scale in instrument.Scales)
        {
            scaleLatent[scale.Id] = instrument.Id == "expectations-alignment"
                ? pair.Expectation(scale.Id, role, random)
                : driver + 0.45 * Normal(random);
        }

        var importance = 0.4 + Normal(random);
        var answers = new List<string>(instrument.Items.Count);
        foreach (var item in instrument.Items)
        {
            var home = instrument.Scales.Where(s => s.ItemIds.Contains(item.Id)).MinBy(s => s.ItemIds.Count);
            var latent = weightItems.Contains(item.Id) ? importance : home is null ? driver : scaleLatent[home.Id];
            answers.Add(Answer(random, instrument, item, latent, pair.Quality[w]));
        }

        return answers;
    }

    /// <summary>The trait that drives a respondent's answers to an instrument.</summary>
    private static double Driver(string instrumentId, PairState pair, Role role, int w)
    {
        var quality = pair.Quality[w] + pair.Perception(role);
        return instrumentId switch
        {
            // Mentors rate their own skills a little higher than their mentees do.
            "mca-26" => role == Role.Mentor ? 0.7 * pair.MentorSkill + 0.3 * quality + 0.25 : 0.5 * pair.MentorSkill + 0.5 * quality,
            "mentoring-practices" => role == Role.Mentor ? pair.MentorSkill + 0.2 : 0.5 * quality + 0.3,
            "met-13" or "mentee-satisfaction-weighted" => 0.7 * quality + 0.3 * pair.MentorSkill,
            _ => quality,
        };
    }

    private static string Answer(Random random, Instrument instrument, Item item, double latent, double quality)
    {
        switch (item.Type)
        {
            case ItemType.Text:
                return random.NextDouble() < 0.12 ? Comments[random.Next(Comments.Length)] : "";
            case ItemType.Count:
                var meetings = Poisson(random, Math.Max(0.3, 2.2 + 1.0 * quality));
                return Math.Min(meetings, item.MaxCount ?? int.MaxValue).ToString(CultureInfo.InvariantCulture);
        }

        var scale = instrument.ResponseScaleOf(item)!;
        var roll = random.NextDouble();
        if (roll < 0.025) return "";
        if (roll < 0.035 && scale.MissingCodes.Count > 0) return scale.MissingCodes[0];
        if (!scale.IsNumeric) return scale.Labels[random.Next(scale.Labels.Count)].Code;

        var (min, max) = (scale.Min!.Value, scale.Max!.Value);
        var z = 0.72 * latent + 0.7 * Normal(random);
        var value = Math.Clamp(Math.Round(min + 0.68 * (max - min) + z * (max - min) / 4.2), min, max);
        if (item.Reverse) value = scale.Reverse(value);
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static int[] SplitEvenly(int total, int parts) =>
        Enumerable.Range(0, parts).Select(i => total / parts + (i < total % parts ? 1 : 0)).ToArray();

    private static string CohortName(DateOnly start) => $"{start.Year}-{(start.Month <= 6 ? "spring" : "fall")}";

    internal static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    internal static double Normal(Random random)
    {
        // Box–Muller: two uniforms give one standard normal.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble()) count++;
        return count;
    }

    /// <summary>The hidden truth about one pair: how good the relationship is at each wave and how each side sees it.</summary>
    private sealed class PairState
    {
        private readonly double mentorBias;
        private readonly double menteeBias;
        private readonly double misalignment;
        private readonly Dictionary<string, double> expectationBase = new();

        public PairState(Random random, string pairId, string cohort, DateOnly start, SampleOptions options)
        {
            PairId = pairId;
            Cohort = cohort;
            MenteeId = "E" + pairId[1..];
            MentorId = "M" + pairId[1..];
            Start = start.AddDays(random.Next(0, 21));
            Quality = new double[options.Waves.Count];
            Quality[0] = Normal(random);
            // Quality drifts a little downward on average: early enthusiasm fades unless the pair invests.
            for (var w = 1; w < Quality.Length; w++) Quality[w] = Quality[w - 1] - 0.08 + 0.4 * Normal(random);
            MentorSkill = 0.5 * Quality[0] + 0.87 * Normal(random);
            mentorBias = 0.15 + 0.3 * Normal(random);
            menteeBias = 0.3 * Normal(random);
            // Weaker pairs start with expectations further apart.
            misalignment = 0.3 + 0.5 * Math.Max(0, -Quality[0]) + Math.Abs(0.3 * Normal(random));
            Random = random;
        }

        private Random Random { get; }

        public string PairId { get; }

        public string Cohort { get; }

        public string MentorId { get; set; }

        public string MenteeId { get; }

        public DateOnly Start { get; }

        public double[] Quality { get; }

        public double MentorSkill { get; }

        public int? ClosedAfterWave { get; set; }

        public double Perception(Role role) => role == Role.Mentor ? mentorBias : menteeBias;

        /// <summary>Expectations per domain: both sides share a base; the mentee's view departs from it by the pair's misalignment.</summary>
        public double Expectation(string domain, Role role, Random random)
        {
            if (!expectationBase.TryGetValue(domain, out var shared)) expectationBase[domain] = shared = 0.3 + 0.8 * Normal(Random);
            return role == Role.Mentor ? shared : shared + misalignment * (Normal(random) - 0.5);
        }

        public DateOnly WaveDate(int w, SampleOptions options)
        {
            var months = options.Waves.Count == 1 ? 0 : (int)Math.Round((double)w * options.PlannedMonths / (options.Waves.Count - 1));
            return Start.AddMonths(months);
        }

        public RosterEntry ToRosterEntry(Random random, bool inProgress, SampleOptions options)
        {
            var plannedEnd = Start.AddMonths(options.PlannedMonths);
            if (ClosedAfterWave is { } w)
            {
                var from = WaveDate(w, options);
                var to = WaveDate(w + 1, options);
                var end = from.AddDays(1 + random.Next(Math.Max(1, to.DayNumber - from.DayNumber - 1)));
                // Weak relationships end for relational reasons more often than for circumstances.
                var roll = random.Next(100);
                var reason = Quality[w] < -0.5 && random.NextDouble() < 0.7
                    ? RelationshipReasons[roll % RelationshipReasons.Length]
                    : roll < 8 ? OtherReasons[roll % OtherReasons.Length]
                    : roll < 30 ? RelationshipReasons[roll % RelationshipReasons.Length]
                    : CircumstanceReasons[roll % CircumstanceReasons.Length];
                return new RosterEntry(PairId, Cohort, MentorId, MenteeId, Start, plannedEnd, PairStatus.ClosedEarly, end, reason);
            }

            return inProgress
                ? new RosterEntry(PairId, Cohort, MentorId, MenteeId, Start, plannedEnd, PairStatus.Active, null, null)
                : new RosterEntry(PairId, Cohort, MentorId, MenteeId, Start, plannedEnd, PairStatus.Completed, plannedEnd, null);
        }
    }
}
