namespace MentorEval.Web.SignIn;

/// <summary>Tells whoever started the app where it listens and, when one was issued, the one-time sign-in link.</summary>
public class SignInAnnouncer
{
    public virtual void Announce(string address, string? link, TimeSpan lifetime)
    {
        Console.WriteLine($"MentorEval is serving at {address}");
        if (link is not null)
            Console.WriteLine($"Sign in as the first administrator with this one-time link (good once, for {lifetime.TotalMinutes:0} minutes): {link}");
        else
            Console.WriteLine("An administrator has signed in before; run with --new-sign-in-link to get a new one-time link.");
    }
}
