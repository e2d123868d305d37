using MentorEval.Core.Instruments;
using MentorEval.Core.Risk;
using MentorEval.Core.Sample;

namespace MentorEval.Risk.Tests.Support;

/// <summary>A seeded sample program (the generator's closure hazard is the truth to recover), with a feature builder over it.</summary>
public sealed class GeneratedProgram
{
    private static readonly Lazy<IReadOnlyList<Instrument>> Shipped = new(() =>
        InstrumentLibrary.FromTexts("instruments", Directory.GetFiles(Repository.PathOf("instruments"), "*.json").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f)))).Instruments.ToList());

    public GeneratedProgram(SampleOptions options)
    {
        Program = new SampleProgramGenerator(Instruments).Generate(options);
        Builder = new RiskFeatureBuilder(Program.Roster, SampleResponses.Of(Program, Instruments));
    }

    public static IReadOnlyList<Instrument> Instruments => Shipped.Value;

    public SampleProgram Program { get; }

    public RiskFeatureBuilder Builder { get; }

    public IReadOnlyList<string> Cohorts => Builder.Cohorts;

    /// <summary>Rows of every training point of the given cohorts, with the catalog those points call for.</summary>
    public (IReadOnlyList<PairRiskFeatures> Rows, RiskFeatureCatalog Catalog) TrainingRows(IEnumerable<string> cohorts)
    {
        var points = cohorts.SelectMany(Builder.TrainingPoints).ToList();
        var catalog = RiskFeatureCatalog.For(points, Builder.Instruments);
        return (points.SelectMany(p => Builder.Build(p, catalog)).ToList(), catalog);
    }
}
