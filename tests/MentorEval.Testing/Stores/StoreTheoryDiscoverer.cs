using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MentorEval.Testing.Stores;

/// <summary>Makes the cases of a <see cref="StoreTheoryAttribute"/>: every data row on every store.</summary>
public sealed class StoreTheoryDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo theory)
    {
        var method = ((IReflectionMethodInfo)testMethod.Method).MethodInfo;
        var rows = method.GetCustomAttributes<DataAttribute>().SelectMany(data => data.GetData(method)).ToList();
        if (rows.Count == 0) rows.Add([]);
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        foreach (var store in Enum.GetValues<StoreKind>())
        {
            var skip = store == StoreKind.PostgreSql ? PostgresServer.Unavailable : null;
            foreach (var row in rows)
            {
                object[] arguments = [store, .. row];
                yield return skip is null
                    ? new XunitTestCase(diagnostics, display, displayOptions, testMethod, arguments)
                    : new XunitSkippedDataRowTestCase(diagnostics, display, displayOptions, testMethod, skip, arguments);
            }
        }
    }
}
