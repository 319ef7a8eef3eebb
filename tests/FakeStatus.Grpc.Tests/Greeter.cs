using FakeStatus.Grpc.Tests.Greet;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;

namespace FakeStatus.Grpc.Tests;

/// <summary>A real Grpc.Net.Client channel whose transport is the test's <see cref="FakeStatusHandler"/>.</summary>
internal sealed class Greeter : IDisposable
{
    private readonly GrpcChannel _channel;

    public Greeter(FakeStatusHandler handler, RetryPolicy? retry = null)
    {
        var options = new GrpcChannelOptions { HttpHandler = handler };
        if (retry is not null)
        {
            options.ServiceConfig = new ServiceConfig { MethodConfigs = { new MethodConfig { Names = { MethodName.Default }, RetryPolicy = retry } } };
        }

        _channel = GrpcChannel.ForAddress("https://greeter.test", options);
        Client = new Greet.Greeter.GreeterClient(_channel);
    }

    public Greet.Greeter.GreeterClient Client { get; }

    /// <summary>The retry policy of the tests: UNAVAILABLE is retried, up to four attempts, with a backoff of at most 1 ms.</summary>
    public static RetryPolicy RetryOnUnavailable(TimeSpan? backoff = null) => new()
    {
        MaxAttempts = 4,
        InitialBackoff = backoff ?? TimeSpan.FromMilliseconds(1),
        MaxBackoff = backoff ?? TimeSpan.FromMilliseconds(1),
        BackoffMultiplier = 1,
        RetryableStatusCodes = { global::Grpc.Core.StatusCode.Unavailable },
    };

    public Task<HelloReply> SayHelloAsync(string name = "Ada", DateTime? deadline = null) =>
        Client.SayHelloAsync(new HelloRequest { Name = name }, deadline: deadline).ResponseAsync;

    public void Dispose() => _channel.Dispose();
}
