using System;
using System.Threading;

namespace FakeStatus.Tool.Serve;

/// <summary>What every forwarded request shares: the handler's clock (for the waits serve adds) and the server's stopping signal.</summary>
internal sealed record ServeSettings(TimeProvider Time, CancellationToken Stopping);
