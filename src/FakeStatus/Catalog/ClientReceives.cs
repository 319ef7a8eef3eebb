namespace FakeStatus;

/// <summary>What an HTTP client really receives when the system that defines a code uses it.</summary>
/// <remarks>
/// Most codes are sent on the status line. A few never reach the client as that status: nginx closes the connection for
/// 444, logs 499 after the client has already gone, and answers 494-497 with a <c>400</c> page.
/// </remarks>
public enum ClientReceives
{
    /// <summary>The code itself, on the status line.</summary>
    Status = 0,

    /// <summary>No response at all: the server closes the connection (nginx 444).</summary>
    ConnectionClosed = 1,

    /// <summary>
    /// Another status, described by <see cref="StatusDefinition.Substitute"/>; the code itself appears only in the server's
    /// log or inside the body (nginx 494-497 answer <c>400 Bad Request</c> with nginx's error page).
    /// </summary>
    SubstituteStatus = 2,

    /// <summary>
    /// Nothing: the server logs the code after the client has closed the connection (nginx 499, AWS ELB 460), so the client
    /// saw only its own timeout or cancellation.
    /// </summary>
    LoggedOnly = 3,
}
