using System.Collections;
using System.Reflection;

namespace MentorEval.Core.Tests.Statistics;

/// <summary>
/// Every value inside a statistics result, by path (e.g. "PairedT.Ci.Lower"), found by reflection so that a
/// statistic added later is covered by the property tests without editing them.
/// </summary>
internal static class StatisticValues
{
    public static List<(string Path, object? Value)> Of(object result, params string[] skip)
    {
        var values = new List<(string, object?)>();
        Collect(result, "", skip, values);
        return values;
    }

    private static void Collect(object? node, string path, string[] skip, List<(string, object?)> values)
    {
        switch (node)
        {
            case null or double or int or bool or string or Enum:
                values.Add((path, node));
                break;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                    Collect(item, $"{path}[{i++}]", skip, values);
                break;
            default:
                foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (!skip.Contains(property.Name) && property.Name != "EqualityContract")
                        Collect(property.GetValue(node), path.Length == 0 ? property.Name : $"{path}.{property.Name}", skip, values);
                }

                break;
        }
    }
}
