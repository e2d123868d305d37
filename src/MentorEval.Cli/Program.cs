using MentorEval.Cli.App;

var terminal = Terminal.FromConsole();
using var signals = new StopSignals(terminal.Error);
return await CliApp.RunAsync(args, terminal, new CliEnvironment(), signals.Token);
