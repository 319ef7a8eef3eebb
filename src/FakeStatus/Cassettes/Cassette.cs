using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// Recorded HTTP exchanges, saved as a diffable JSON file (format: docs/record-replay.md) and replayed into a
/// <see cref="FakeStatusHandler"/> as routes.
/// </summary>
public sealed class Cassette
{
    /// <summary>The format version this library writes and reads.</summary>
    public const int FormatVersion = 1;

    internal Cassette(IReadOnlyList<CassetteInteraction> interactions, string source = "(cassette)")
    {
        Interactions = interactions;
        Source = source;
    }

    /// <summary>The file (or source name) the cassette was read from.</summary>
    public string Source { get; }

    /// <summary>The exchanges, in recorded order.</summary>
    public IReadOnlyList<CassetteInteraction> Interactions { get; }

    /// <summary>Reads a cassette file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The cassette.</returns>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="CassetteFormatException">The file is not a valid cassette (the message names the file, the JSON path and the problem).</exception>
    public static Cassette Load(string path) =>
        Parse(File.ReadAllText(path ?? throw new ArgumentNullException(nameof(path))), path);

    /// <summary>Reads a cassette from its JSON text.</summary>
    /// <param name="json">The cassette JSON.</param>
    /// <param name="sourceName">The name error messages use for it.</param>
    /// <returns>The cassette.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CassetteFormatException">The text is not a valid cassette.</exception>
    public static Cassette Parse(string json, string sourceName = "(cassette)") =>
        new(CassetteReader.Read(json ?? throw new ArgumentNullException(nameof(json)), sourceName ?? "(cassette)"), sourceName ?? "(cassette)");

    /// <summary>
    /// A handler that replays the cassette at <paramref name="path"/> when the file exists, and otherwise records every request
    /// into it through <paramref name="realHandler"/>: the first run records, later runs are offline.
    /// </summary>
    /// <param name="path">The cassette file.</param>
    /// <param name="realHandler">The handler that reaches the real API when recording.</param>
    /// <param name="options">What to mask when recording; <see langword="null"/> for the defaults.</param>
    /// <returns>
    /// The handler: replaying routes, or passing through to a <see cref="CassetteRecorder"/> that writes the cassette when the
    /// handler is disposed (it then disposes <paramref name="realHandler"/> too).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="realHandler"/> is null.</exception>
    /// <exception cref="CassetteFormatException">The existing cassette is not valid.</exception>
    public static FakeStatusHandler ReplayOrRecord(string path, HttpMessageHandler realHandler, CassetteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);

        ArgumentNullException.ThrowIfNull(realHandler);

        if (File.Exists(path))
        {
            var replaying = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
            Load(path).ReplayInto(replaying, options);
            return replaying;
        }

        return new FakeStatusHandler(new FakeStatusOptions
        {
            UseUrlConventions = false,

            // The handler owns the recorder it creates: disposing the handler writes the cassette.
            Unmatched = UnmatchedPolicy.PassThroughOwned(new CassetteRecorder(realHandler, path, options)),
        });
    }

    /// <summary>
    /// Registers the cassette on <paramref name="handler"/>: each (method, URL) answers its recorded responses in order,
    /// repeating the last; other requests are unmatched.
    /// </summary>
    /// <param name="handler">The handler to register routes on.</param>
    /// <param name="options">The masking used when recording, so masked query values still match; <see langword="null"/> for the defaults.</param>
    /// <returns>The routes, one per distinct (method, URL), in first-recorded order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    /// <exception cref="CassetteFormatException">An interaction cannot be replayed (e.g. an invalid header); nothing is registered.</exception>
    public IReadOnlyList<FakeRoute> ReplayInto(FakeStatusHandler handler, CassetteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handler);

        options ??= new CassetteOptions();
        for (int i = 0; i < Interactions.Count; i++)
        {
            if (CassetteReplay.FirstProblem(handler, Interactions[i], $"$.interactions[{i}].response", "reasonPhrase") is (string path, ArgumentException error))
            {
                throw new CassetteFormatException(Source, path, error.Message, error);
            }
        }

        // A rehearsal on a scratch handler first: if any interaction cannot become a route, the real handler is untouched.
        using (var rehearsal = new FakeStatusHandler(new FakeStatusOptions { Catalog = handler.Options.Catalog, UseUrlConventions = false }))
        {
            try
            {
                CassetteReplay.Register(rehearsal, Interactions, options);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new CassetteFormatException(Source, "$.interactions", e.Message, e);
            }
        }

        return CassetteReplay.Register(handler, Interactions, options);
    }

    /// <summary>The cassette as JSON text: fixed property order, headers sorted by name, bodies as text when they are text, else base64.</summary>
    /// <returns>The JSON text, ending with a newline.</returns>
    public string ToJson() => CassetteWriter.Write(Interactions);

    /// <summary>
    /// Writes <see cref="ToJson"/> to <paramref name="path"/>: to a temporary file beside it first, which then replaces it in one
    /// step, so a reader or a crash never leaves half a cassette.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        using (CassetteFile.Lock(path))
        {
            CassetteFile.WriteAtomically(path, ToJson());
        }
    }
}
