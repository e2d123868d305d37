using MentorEval.Cli.App;

return await CliApp.RunAsync(args, Terminal.FromConsole(), new CliEnvironment());
