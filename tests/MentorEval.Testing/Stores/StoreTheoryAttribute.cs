using Xunit;
using Xunit.Sdk;

namespace MentorEval.Testing.Stores;

/// <summary>
/// A test that runs once on every store: its first parameter is a <see cref="StoreKind"/>, followed by each row of its
/// data attributes, if any. The PostgreSQL cases report as skipped, with the reason, when there is no server to run them
/// on (see <see cref="PostgresServer"/>); they never pass without running.
/// </summary>
// A FactAttribute, not a TheoryAttribute: its cases come from the discoverer, and xunit's analyzers would ask a theory
// for data attributes it does not need.
[XunitTestCaseDiscoverer("MentorEval.Testing.Stores.StoreTheoryDiscoverer", "MentorEval.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : FactAttribute;
