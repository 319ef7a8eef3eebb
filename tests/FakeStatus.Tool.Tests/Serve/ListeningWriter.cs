using System.Text;

namespace FakeStatus.Tool.Tests.Serve;

/// <summary>
/// A thread-safe stdout for an in-process <c>serve</c>: completes <see cref="Address"/> when the "Listening on" line is written,
/// so a test learns the port without polling.
/// </summary>
internal sealed class ListeningWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public Task<Uri> Address => _address.Task;

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_gate)
        {
            _text.Append(value);
            if (value == '\n')
            {
                string[] lines = _text.ToString().Split('\n');
                string? listening = lines.FirstOrDefault(l => l.StartsWith("Listening on ", StringComparison.Ordinal));
                if (listening is not null)
                {
                    _address.TrySetResult(new Uri(listening.Split(' ')[2]));
                }
            }
        }
    }

    public override void Write(string? value)
    {
        foreach (char c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value) => Write(value + "\n");

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }
}
