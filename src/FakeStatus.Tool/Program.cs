using System;
using System.Threading;
using FakeStatus.Tool;

return await ToolApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
