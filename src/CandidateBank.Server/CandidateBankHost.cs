using CandidateBank.Api;
using CandidateBank.Bus;
using CandidateBank.Bus.Candidates;
using CandidateBank.Bus.Partners;
using CandidateBank.Bus.Replicas;
using CandidateBank.Web;
using CandidateBank.Delivery;
using CandidateBank.Indexing;
using CandidateBank.Matching;
using CandidateBank.Matching.Calendar;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.Store;

namespace CandidateBank.Server;

/// <summary>Composes the one process: REST API, bus, indexer consumers, store (SQLite or PostgreSQL) and Lucene index.</summary>
public static class CandidateBankHost
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddCandidateBank(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("CandidateBank");
        if (builder.Configuration["urls"] is null) builder.WebHost.UseUrls(DefaultUrl);
        if (PlainHttpGuard.Refusal(builder.Configuration["urls"] ?? DefaultUrl, builder.Environment.IsDevelopment(), section.GetValue<bool>("AllowPlainHttp")) is { } refusal)
            throw new InvalidOperationException(refusal);

        var dataDirectory = DataDirectory(section);
        var bus = section.GetSection("Bus").Get<BusOptions>() ?? new BusOptions();
        var networks = ReadNetworks(section.GetSection("Networks"));

        builder.Services.AddSingleton(section.GetSection("Retention").Get<RetentionOptions>() ?? new RetentionOptions());
        builder.Services.AddSingleton(section.GetSection("Index").Get<IndexOptions>() ?? new IndexOptions());
        var promise = section.GetSection("Promise").Get<PromiseOptions>() ?? new PromiseOptions();

        // The store first: its migrations run before any other service starts.
        builder.Services.AddCandidateBankStore(dataDirectory, section.GetSection("Store").Get<StoreOptions>() ?? new StoreOptions());
        builder.Services.AddSingleton(new AnswerDeadline(TimeSpan.FromHours(promise.Hours)));
        // A vocabulary file of one's own replaces the embedded one; a changed file is re-applied to the index at start.
        if (section["Vocabulary:Path"] is { Length: > 0 } vocabularyPath) builder.Services.AddSingleton(TradeVocabulary.Load(vocabularyPath));
        builder.Services.AddCandidateBankMatching(dataDirectory, networks);
        var privacy = section.GetSection("Privacy").Get<PrivacyOptions>() ?? new PrivacyOptions();
        if (privacy.PurgeWithinSeconds <= 0)
            throw new InvalidOperationException("CandidateBank:Privacy:PurgeWithinSeconds must be more than 0 (seconds within which an erased profile leaves the disk).");
        builder.Services.AddSingleton(privacy);
        builder.Services.AddCandidateBankIndexing(dataDirectory);
        builder.Services.AddCandidateBankDelivery(section, dataDirectory, builder.Configuration["urls"]?.Split(';')[0] ?? DefaultUrl);
        builder.Services.AddCandidateBankBus(bus, section.GetSection("Replica").Get<ReplicaOptions>());
        builder.Services.AddCandidateBankApi(section);
        builder.Services.AddCandidateBankWeb();
        return builder;
    }

    public static WebApplication MapCandidateBank(this WebApplication app)
    {
        app.Logger.LogInformation("Data directory: {DataDirectory}", DataDirectory(app.Configuration.GetSection("CandidateBank")));
        app.Logger.LogInformation("Store: {Provider}", (app.Configuration.GetSection("CandidateBank:Store").Get<StoreOptions>() ?? new StoreOptions()).Provider);
        app.Logger.LogInformation("Vocabulary: {Source} (fingerprint {Fingerprint})",
            app.Configuration["CandidateBank:Vocabulary:Path"] is { Length: > 0 } path ? path : "embedded", app.Services.GetRequiredService<TradeVocabulary>().Fingerprint);
        if (app.Services.GetService<BusPartners>() is { } partners)
        {
            if (partners.Count == 0)
                app.Logger.LogWarning("Bus partners: none configured (CandidateBank:Bus:Partners:<AMQP login> = job centre); every partner's message will be dead-lettered");
            else app.Logger.LogInformation("Bus partners: {Count} AMQP logins, each publishing for its own job centre", partners.Count);
        }
        if (app.Services.GetRequiredService<ReplicaOptions>() is { IsReplica: true } replica)
            app.Logger.LogInformation("Replica {Replica}: its own profile, withdrawal and expiry queues; job orders shared with the other replicas", replica.Id);
        var email = app.Configuration.GetSection("CandidateBank:Email").Get<EmailOptions>() ?? new EmailOptions();
        if (email.UsesSmtp) app.Logger.LogInformation("Email: SMTP {Host}:{Port} ({Security})", email.Host, email.Port, email.Security);
        else app.Logger.LogInformation("Email: no SMTP host configured (CandidateBank:Email:Host); emails are written to {Outbox}",
            Path.Combine(DataDirectory(app.Configuration.GetSection("CandidateBank")), "outbox"));
        app.MapCandidateBankApi();
        app.MapCandidateBankWeb();
        return app;
    }

    /// <summary><c>CandidateBank:DataDirectory</c>, relative to the working directory; <c>data</c> when not set.</summary>
    private static string DataDirectory(IConfigurationSection section) => Path.GetFullPath(section["DataDirectory"] ?? "data");

    /// <summary><c>CandidateBank:Networks:{name}</c> = list of municipalities; absent means the three default networks.</summary>
    private static RecruitmentNetworks ReadNetworks(IConfigurationSection section)
    {
        var configured = section.GetChildren().ToDictionary(
            network => network.Key,
            network => (IReadOnlyList<string>)network.GetChildren().Select(m => m.Value ?? "").ToList());
        if (configured.Count == 0) return RecruitmentNetworks.Defaults;

        var unknown = configured.SelectMany(n => n.Value.Where(m => !Municipalities.Denmark.Contains(m)).Select(m => $"'{m}' in '{n.Key}'")).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"CandidateBank:Networks names unknown municipalities: {string.Join(", ", unknown)}.");
        return new RecruitmentNetworks(configured);
    }
}
