using System.Globalization;
using System.Text;

namespace FakeStatus.Tool.Snippets;

/// <summary>
/// Ruby on Rails: the status as a number, because Rack has a symbol only for registered codes (the seed's
/// <c>:authentication_required</c> does not exist); <c>head</c> when there is no body.
/// </summary>
internal static class RailsSnippet
{
    public static string Render(SnippetResponse response)
    {
        string status = response.Code.ToString(CultureInfo.InvariantCulture);
        var code = new StringBuilder("class MyController < ApplicationController\n  def my_action\n");
        foreach (var header in response.Headers)
        {
            code.Append("    response.headers[").Append(Literal.Ruby(header.Key)).Append("] = ").Append(Literal.Ruby(header.Value)).Append('\n');
        }

        if (response.HasBody)
        {
            code.Append("    render json: { error: ").Append(Literal.Ruby(response.Error!))
                .Append(", message: ").Append(Literal.Ruby(response.Message!)).Append(" },\n")
                .Append("           status: ").Append(status).Append('\n');
        }
        else
        {
            code.Append("    head ").Append(status).Append('\n');
        }

        return code.Append("  end\nend\n").ToString();
    }
}
