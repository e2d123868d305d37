using System.Text.RegularExpressions;
using Npgsql;

namespace MentorEval.Storage.Database;

/// <summary>
/// A PostgreSQL URL, as hosting services and <c>DATABASE_URL</c> variables hand them out
/// (<c>postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=require</c>), read into Npgsql's keywords.
/// </summary>
internal static partial class PostgresUrl
{
    private const string Forms = "Write it as postgres://USER:PASSWORD@HOST:PORT/DATABASE (characters such as @ : / in the password " +
                                 "written %40 %3A %2F), or as Host=HOST;Port=5432;Database=NAME;Username=USER;Password=PASSWORD.";

    public static bool Is(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL with its password left out, for messages.</summary>
    public static string WithoutPassword(string url) => PasswordSetting().Replace(Password().Replace(url, "$1@", 1), "").TrimEnd('?', '&');

    /// <exception cref="StoreException">The URL cannot be read, or carries a setting MentorEval does not know.</exception>
    public static NpgsqlConnectionStringBuilder Read(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new StoreException($"\"{WithoutPassword(url)}\" is not a PostgreSQL URL MentorEval can read. {Forms}");

        var connection = new NpgsqlConnectionStringBuilder { Host = uri.DnsSafeHost };
        if (uri.Port > 0) connection.Port = uri.Port;
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0) connection.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length == 2) connection.Password = Uri.UnescapeDataString(user[1]);
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0) connection.Database = database;

        foreach (var setting in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = setting.Split('=', 2) is [var n, var v] ? (Uri.UnescapeDataString(n), Uri.UnescapeDataString(v)) : (setting, "");
            switch (name.ToLowerInvariant())
            {
                // libpq's values (verify-ca, verify-full) are Npgsql's names without the dash.
                case "sslmode" when Enum.TryParse<SslMode>(value.Replace("-", ""), ignoreCase: true, out var mode):
                    connection.SslMode = mode;
                    break;
                case "application_name":
                    connection.ApplicationName = value;
                    break;
                case "connect_timeout" when int.TryParse(value, out var seconds) && seconds >= 0:
                    connection.Timeout = seconds;
                    break;
                case "user":
                    connection.Username = value;
                    break;
                case "password":
                    connection.Password = value;
                    break;
                default:
                    // The name only: a value might be a secret.
                    throw new StoreException($"The PostgreSQL URL \"{WithoutPassword(uri.GetLeftPart(UriPartial.Path))}\" has the setting \"{name}\", which MentorEval " +
                                             "does not read (it reads sslmode, application_name, connect_timeout, user and password), or a value it cannot use. " +
                                             "Give the connection as Host=HOST;Port=5432;Database=NAME;Username=USER;... with that setting in Npgsql's words.");
            }
        }

        return connection;
    }

    [GeneratedRegex(@"^(postgres(?:ql)?://[^:@/]*):[^@/]*@", RegexOptions.IgnoreCase)]
    private static partial Regex Password();

    [GeneratedRegex(@"(?<=[?&])password=[^&]*(&|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordSetting();
}
