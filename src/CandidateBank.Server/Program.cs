using CandidateBank.Server;

// appsettings.json is read from where the server is installed, whatever directory it is started from (a systemd unit's
// working directory is the state directory); the data directory stays relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddDemoMode(args).AddCandidateBank();

var app = builder.Build();
app.MapCandidateBank();
app.Run();

public partial class Program;
