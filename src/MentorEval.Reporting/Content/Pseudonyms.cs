using System.Security.Cryptography;
using System.Text;

namespace MentorEval.Reporting.Content;

/// <summary>
/// Stable stand-ins for respondent and pair ids ("R-0007", "P-0003"). Numbers follow the order of a hash of the cohort
/// and the id, so they reveal neither the ids nor their order, and the same data gives the same report. They are
/// pseudonyms, not anonymity: someone holding the roster can recompute them.
/// </summary>
public sealed class Pseudonyms
{
    private readonly Dictionary<string, string> names;

    private Pseudonyms(Dictionary<string, string> names) => this.names = names;

    public static Pseudonyms For(string prefix, string cohort, IEnumerable<string> ids)
    {
        var ordered = ids.Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Key: Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(cohort + "\n" + id)))))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
        var digits = Math.Max(4, ordered.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var names = new Dictionary<string, string>(ordered.Count, StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
            names[ordered[i].Id] = prefix + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
        return new Pseudonyms(names);
    }

    public string this[string id] => names[id];
}
