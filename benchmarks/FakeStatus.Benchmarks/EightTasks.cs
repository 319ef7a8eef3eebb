using System;
using System.Threading.Tasks;

namespace FakeStatus.Benchmarks;

/// <summary>
/// Runs one request <see cref="RequestsPerTask"/> times on each of <see cref="Tasks"/> thread-pool tasks at once, the shape of
/// a parallel test run sharing one fake. A benchmark that uses it declares <see cref="Operations"/> operations per invoke, so
/// its time column is per request.
/// </summary>
public static class EightTasks
{
    public const int Tasks = 8;

    public const int RequestsPerTask = 128;

    public const int Operations = Tasks * RequestsPerTask;

    /// <summary>Returns the canonical body when every request got it, otherwise the first body that differed.</summary>
    public static async Task<string> RunAsync(Func<Task<string>> request)
    {
        var tasks = new Task<string>[Tasks];
        for (int t = 0; t < Tasks; t++)
        {
            tasks[t] = Task.Run(() => RepeatAsync(request));
        }

        string[] results = await Task.WhenAll(tasks);
        foreach (string result in results)
        {
            if (result != Shared.Body)
            {
                return result;
            }
        }

        return Shared.Body;
    }

    private static async Task<string> RepeatAsync(Func<Task<string>> request)
    {
        for (int i = 0; i < RequestsPerTask; i++)
        {
            string body = await request();
            if (body != Shared.Body)
            {
                return body;
            }
        }

        return Shared.Body;
    }
}
