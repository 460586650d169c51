using PartnershipBot.Hosting;

if (BotCli.IsCliInvocation(args))
{
    return await BotCli.RunAsync(args);
}

var builder = BotHost.CreateBuilder(args);
builder.Services.AddPartnershipBot(builder.Configuration, builder.Environment);

var app = builder.Build();
app.MapPartnershipBot();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
