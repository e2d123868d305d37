namespace MentorEval.Web.Api;

/// <summary>
/// Programs by name. One database holds one program today, reachable as <c>default</c>; named programs come with
/// accounts (issue #14).
/// </summary>
public static class ProgramName
{
    public const string Default = "default";

    public static bool Exists(string name) => name == Default;

    public static string NotFoundText(string name) =>
        $"There is no program \"{Core.Text.Excerpt.Of(name)}\". This database holds one program, named \"{Default}\".";

    public static IResult NotFound(string name) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such program", detail: NotFoundText(name));
}
