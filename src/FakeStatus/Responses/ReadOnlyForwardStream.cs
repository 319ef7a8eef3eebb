using System;
using System.IO;

namespace FakeStatus;

/// <summary>Wraps a stream so it cannot seek: a body like a real network response, to catch clients that assume seekable streams.</summary>
internal sealed class ReadOnlyForwardStream(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("This FakeStatus body stream is forward-only, like a network stream: it has no Length.");

    public override long Position
    {
        get => throw new NotSupportedException("This FakeStatus body stream is forward-only, like a network stream: it has no Position.");
        set => throw new NotSupportedException("This FakeStatus body stream is forward-only, like a network stream: it cannot seek.");
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        throw new NotSupportedException("This FakeStatus body stream is forward-only, like a network stream: it cannot seek.");

    public override void SetLength(long value) => throw new NotSupportedException("This FakeStatus body stream is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("This FakeStatus body stream is read-only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
