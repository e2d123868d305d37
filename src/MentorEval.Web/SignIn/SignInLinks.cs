using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MentorEval.Web.SignIn;

/// <summary>
/// One-time sign-in links for the first administrator (no built-in password): a random token, of which only its SHA-256
/// is kept (in <c>sign-in.json</c> in the app's data folder), good once and for <see cref="LinkLifetime"/>. Whether an
/// administrator has signed in is kept there too, so a restart prints no new link unless asked (--new-sign-in-link).
/// </summary>
public sealed class SignInLinks(string stateFile, TimeProvider time)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    private readonly Lock gate = new();

    /// <summary>A new link's token when no administrator has signed in yet; null when one has.</summary>
    public string? IssueIfNoAdministrator()
    {
        lock (gate) return Read().Administrator ? null : Issue();
    }

    /// <summary>A new token, good once within <see cref="LinkLifetime"/>; earlier unused links stay good until they expire.</summary>
    public string Issue()
    {
        lock (gate)
        {
            var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var state = Read();
            var now = time.GetUtcNow();
            Write(state with { Pending = [.. state.Pending.Where(p => p.Expires > now), new PendingLink(Hash(token), now + LinkLifetime)] });
            return token;
        }
    }

    /// <summary>Signs in with a link's token: true once for an unexpired link; the link is spent either way.</summary>
    public bool Redeem(string token)
    {
        lock (gate)
        {
            var state = Read();
            var hash = Hash(token);
            var now = time.GetUtcNow();
            var link = state.Pending.FirstOrDefault(p => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(p.Sha256), Encoding.ASCII.GetBytes(hash)));
            if (link is null) return false;
            var valid = link.Expires > now;
            Write(state with { Administrator = state.Administrator || valid, Pending = [.. state.Pending.Where(p => p != link && p.Expires > now)] });
            return valid;
        }
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private State Read() =>
        File.Exists(stateFile) ? JsonSerializer.Deserialize<State>(File.ReadAllText(stateFile)) ?? new State(false, []) : new State(false, []);

    private void Write(State state)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(stateFile)!);
        // Written beside, then moved in: a crash never leaves half a file that would lock the administrator out.
        var next = stateFile + ".next";
        File.WriteAllText(next, JsonSerializer.Serialize(state));
        File.Move(next, stateFile, overwrite: true);
    }

    private sealed record State(bool Administrator, IReadOnlyList<PendingLink> Pending);

    private sealed record PendingLink(string Sha256, DateTimeOffset Expires);
}
