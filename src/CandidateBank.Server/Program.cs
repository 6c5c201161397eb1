using CandidateBank.Server;

var builder = WebApplication.CreateBuilder(args);
builder.AddDemoMode(args).AddCandidateBank();

var app = builder.Build();
app.MapCandidateBank();
app.Run();

public partial class Program;
