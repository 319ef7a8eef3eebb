using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// The handler's record of requests: the most recent <c>capacity</c> exchanges in a ring, plus counters that stay exact however
/// many were dropped. One lock guards both, so a clear can neither lose a request in flight nor fail one: a request is
/// recorded when it completes, into whatever the log holds at that moment.
/// </summary>
/// <remarks>
/// The ring holds the exchanges by value and makes each one's <see cref="RecordedRequest"/> when the log is first read, then
/// keeps it, so every read returns the same object for the same request. A long-lived handler thus keeps its thousands of
/// records in one array instead of one object per request that the garbage collector would copy as it promotes it.
/// </remarks>
internal sealed class RequestLog
{
    private const int InitialSize = 16;
    private readonly object _gate = new();
    private readonly int? _capacity;
    private Slot[] _ring = [];
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

    /// <summary>Records a sealed exchange; its <see cref="RecordedRequest"/> is made when the log is read.</summary>
    public void Add(in Exchange exchange) => Add(exchange, null);

    /// <summary>Records a request another log also keeps, as the same object.</summary>
    public void Add(RecordedRequest request) => Add(request.Exchange, request);

    private void Add(in Exchange exchange, RecordedRequest? request)
    {
        lock (_gate)
        {
            _total++;
            if (exchange.Outcome == RequestOutcome.Unmatched)
            {
                _unmatched++;
            }

            if (_capacity == 0)
            {
                return;
            }

            int index;
            if (_count < _ring.Length)
            {
                index = (_start + _count) % _ring.Length;
                _count++;
            }
            else if (_capacity is null || _ring.Length < _capacity)
            {
                Grow();
                index = _count++;
            }
            else
            {
                // Full: the oldest gives way.
                index = _start;
                _start = (_start + 1) % _ring.Length;
            }

            ref Slot slot = ref _ring[index];
            slot.Exchange = exchange;
            slot.Request = request;
        }
    }

    public RecordedRequest[] Snapshot()
    {
        lock (_gate)
        {
            var copy = new RecordedRequest[_count];
            for (int i = 0; i < _count; i++)
            {
                // Made once, on the first read, and kept: the same request is the same object in every snapshot.
                ref Slot slot = ref _ring[(_start + i) % _ring.Length];
                copy[i] = slot.Request ??= new RecordedRequest(slot.Exchange);
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

        var bigger = new Slot[size];
        for (int i = 0; i < _count; i++)
        {
            bigger[i] = _ring[(_start + i) % _ring.Length];
        }

        _ring = bigger;
        _start = 0;
    }

    private struct Slot
    {
        public Exchange Exchange;

        /// <summary>The snapshot of <see cref="Exchange"/>, once someone read it.</summary>
        public RecordedRequest? Request;
    }
}
