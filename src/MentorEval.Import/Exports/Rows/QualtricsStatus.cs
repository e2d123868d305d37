namespace MentorEval.Import.Exports;

/// <summary>
/// Reads the Qualtrics <c>Status</c> column in both encodings: codes (0 normal, 1 preview, 2 test, 4 imported, 8 spam,
/// 9 preview spam, 16 offline, 17 offline preview) or their texts ("IP Address", "Survey Preview", ...).
/// </summary>
internal static class QualtricsStatus
{
    /// <summary>Why a row with this status is not a real response, or null for a real one; <paramref name="known"/> is
    /// false for a status Qualtrics does not document (the row is then kept).</summary>
    public static SkipReason? Classify(string status, out bool known)
    {
        known = true;
        var text = status.Trim();
        if (int.TryParse(text, out var code))
        {
            switch (code)
            {
                case 0 or 4 or 16:
                    return null;
                case 1:
                    return SkipReason.SurveyPreview;
                case 2:
                    return SkipReason.SurveyTest;
                case 8:
                    return SkipReason.Spam;
                case 9:
                    return SkipReason.PreviewSpam;
                case 17:
                    return SkipReason.OfflinePreview;
                default:
                    known = false;
                    return null;
            }
        }

        var preview = Has(text, "preview");
        if (preview && Has(text, "spam"))
        {
            return SkipReason.PreviewSpam;
        }

        if (preview)
        {
            return Has(text, "offline") ? SkipReason.OfflinePreview : SkipReason.SurveyPreview;
        }

        if (Has(text, "test"))
        {
            return SkipReason.SurveyTest;
        }

        if (Has(text, "spam"))
        {
            return SkipReason.Spam;
        }

        known = text.Length == 0 || Has(text, "ip address") || Has(text, "imported") || Has(text, "offline");
        return null;
    }

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
