using System;
using System.Collections.Generic;
using System.IO;

namespace FakeStatus;

/// <summary>
/// A HAR 1.2 file (as browser developer tools export it) loaded for replay: each (method, URL) answers its recorded
/// responses in order; a request that got no response replays as the fault it ended in.
/// </summary>
public sealed class HarArchive
{
    private static readonly CassetteOptions Defaults = new();

    private readonly IReadOnlyList<HarEntry> _entries;

    private HarArchive(IReadOnlyList<HarEntry> entries, IReadOnlyList<string> notes, string source)
    {
        _entries = entries;
        Notes = notes;
        Source = source;
    }

    /// <summary>The file (or source name) the archive was read from.</summary>
    public string Source { get; }

    /// <summary>How many entries the archive holds.</summary>
    public int EntryCount => _entries.Count;

    /// <summary>What the import kept only in part (cookies), one line per entry, with its JSON path.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Reads a HAR file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The archive.</returns>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="HarFormatException">The file is not valid HAR (the message names the file, the JSON path and the problem).</exception>
    public static HarArchive Load(string path) => Parse(File.ReadAllText(path ?? throw new ArgumentNullException(nameof(path))), path);

    /// <summary>Reads HAR from its JSON text.</summary>
    /// <param name="json">The HAR JSON.</param>
    /// <param name="sourceName">The name error messages use for it.</param>
    /// <returns>The archive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="HarFormatException">The text is not valid HAR.</exception>
    public static HarArchive Parse(string json, string sourceName = "(har)")
    {
        var notes = new List<string>();
        List<HarEntry> entries = HarReader.Read(json ?? throw new ArgumentNullException(nameof(json)), sourceName ?? "(har)", notes);
        return new HarArchive(entries, notes, sourceName ?? "(har)");
    }

    /// <summary>
    /// Registers the archive on <paramref name="handler"/>: each (method, URL, and request body when the entry has
    /// <c>postData</c>) answers its recorded responses in order; other requests stay unmatched.
    /// </summary>
    /// <param name="handler">The handler to register routes on.</param>
    /// <param name="options">Only <see cref="CassetteOptions.MatchRequestBody"/> applies; <see langword="null"/> for the defaults.</param>
    /// <returns>The routes, one per distinct (method, URL, body): entries without a body first, each group in first-recorded order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    /// <exception cref="HarFormatException">An entry cannot be replayed (e.g. an invalid header value); nothing is registered.</exception>
    public IReadOnlyList<FakeRoute> ReplayInto(FakeStatusHandler handler, CassetteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handler);

        for (int i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Answer is CassetteInteraction answer &&
                CassetteReplay.FirstProblem(handler, answer, $"$.log.entries[{i}].response", "statusText") is (string path, ArgumentException error))
            {
                throw new HarFormatException(Source, path, error.Message, error);
            }
        }

        using (var rehearsal = new FakeStatusHandler(new FakeStatusOptions { Catalog = handler.Options.Catalog, UseUrlConventions = false }))
        {
            try
            {
                Register(rehearsal, options ?? Defaults);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new HarFormatException(Source, "$.log.entries", e.Message, e);
            }
        }

        return Register(handler, options ?? Defaults);
    }

    private List<FakeRoute> Register(FakeStatusHandler handler, CassetteOptions options) =>
        ReplayGroups.Register(
            handler,
            _entries,
            e => new ReplayKey(e.Method, e.Url, RequestBodyMatch.For(e.PostData.Body, e.PostData.MimeType, options.MatchRequestBody, static (body, _) => body)),
            ReplayGroups.SentUrl,
            (route, steps) => route.RespondInSequence(sequence =>
            {
                foreach (HarEntry step in steps)
                {
                    if (step.Answer is CassetteInteraction answer)
                    {
                        sequence.Respond(CassetteReplay.Definition(handler, answer), response => CassetteReplay.Apply(response, answer));
                    }
                    else
                    {
                        sequence.Throw(step.Fault!);
                    }
                }
            }));
}
