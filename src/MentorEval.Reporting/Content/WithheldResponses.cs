using MentorEval.Core.Pairs;

namespace MentorEval.Reporting.Content;

/// <summary>
/// The responses of one administration (instrument × wave × role) kept off the sheet of individual scores because
/// fewer than the minimum cell answered it. <see cref="Role"/> is null for responses stored without a role.
/// </summary>
public sealed record WithheldResponses(string Instrument, string Wave, Role? Role, int Responses);
