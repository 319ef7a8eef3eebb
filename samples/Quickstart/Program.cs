using Quickstart;

await Demo.RunAsync(Console.Out, TimeProvider.System);
