using WebAppSample;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddCheckoutClients(builder.Configuration);

WebApplication app = builder.Build();
app.MapCheckout();
app.Run();

/// <summary>The app's entry point, public so that the tests' <c>WebApplicationFactory&lt;Program&gt;</c> can start it.</summary>
public partial class Program;
