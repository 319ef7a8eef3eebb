// begin-snippet: quickstart
using System;
using System.Net.Http;
using FakeStatus;

using var handler = new FakeStatusHandler();
using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

using HttpResponseMessage response = await client.GetAsync("/smtp/530");
Console.WriteLine(await RawResponse.FormatAsync(response));
// HTTP/1.1 530 Authentication Required
// Content-Type: application/json
// Date: Wed, 25 Feb 2026 12:00:00 GMT      <- the current time
// Content-Length: 63
//
// {"error": "server_error", "message": "Authentication Required"}
// end-snippet
