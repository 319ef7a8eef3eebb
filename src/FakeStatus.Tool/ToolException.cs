using System;

namespace FakeStatus.Tool;

/// <summary>A failure the tool reports as one line on stderr with its own exit code, never as a stack trace.</summary>
internal sealed class ToolException : Exception
{
    private ToolException(string message, int exitCode, Exception? inner = null)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    /// <summary>The process exit code: <see cref="ToolApp.UsageError"/> or <see cref="ToolApp.RuntimeError"/>.</summary>
    public int ExitCode { get; }

    /// <summary>The command line asked for something that does not exist (a protocol, code, framework, option value).</summary>
    public static ToolException Usage(string message) => new(message, ToolApp.UsageError);

    /// <summary>The command line was fine but the work failed (e.g. the port is in use).</summary>
    public static ToolException Runtime(string message, Exception? inner = null) => new(message, ToolApp.RuntimeError, inner);
}
