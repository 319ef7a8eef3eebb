using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// The handler's record of requests: the most recent <c>capacity</c> snapshots in a ring, plus counters that stay exact however
/// many snapshots were dropped. One lock guards both, so a clear can neither lose a request in flight nor fail one: a request
/// is recorded when it completes, into whatever the log holds at that moment.
/// </summary>
internal sealed class RequestLog
{
    private const int InitialSize = 16;
    private readonly object _gate = new();
    private readonly int? _capacity;
    private RecordedRequest[] _ring = [];
    private int _start;
    private int _count;
    private long _total;
    private long _unmatched;

    public RequestLog(int? capacity) => _capacity = capacity;

    /// <summary>Requests recorded since the last clear, including those no longer kept.</summary>
    public long Total
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <summary>Unmatched requests recorded since the last clear, including those no longer kept.</summary>
    public long Unmatched
    {
        get
        {
            lock (_gate)
            {
                return _unmatched;
            }
        }
    }

    public void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _total++;
            if (request.Outcome == RequestOutcome.Unmatched)
            {
                _unmatched++;
            }

            if (_capacity == 0)
            {
                return;
            }

            if (_count < _ring.Length)
            {
                _ring[(_start + _count) % _ring.Length] = request;
                _count++;
            }
            else if (_capacity is null || _ring.Length < _capacity)
            {
                Grow();
                _ring[_count++] = request;
            }
            else
            {
                // Full: the oldest gives way.
                _ring[_start] = request;
                _start = (_start + 1) % _ring.Length;
            }
        }
    }

    public RecordedRequest[] Snapshot()
    {
        lock (_gate)
        {
            var copy = new RecordedRequest[_count];
            for (int i = 0; i < _count; i++)
            {
                copy[i] = _ring[(_start + i) % _ring.Length];
            }

            return copy;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _ring = [];
            _start = 0;
            _count = 0;
            _total = 0;
            _unmatched = 0;
        }
    }

    private void Grow()
    {
        int size = Math.Max(InitialSize, _ring.Length * 2);
        if (_capacity is int cap && size > cap)
        {
            size = cap;
        }

        var bigger = new RecordedRequest[size];
        for (int i = 0; i < _count; i++)
        {
            bigger[i] = _ring[(_start + i) % _ring.Length];
        }

        _ring = bigger;
        _start = 0;
    }
}
