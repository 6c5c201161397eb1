using CandidateBank.Matching.Demand;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Shortlisting;
using CandidateBank.Matching.Validation;
using CandidateBank.Matching.Vocabulary;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Matching;

public static class MatchingSetup
{
    /// <summary>
    /// The matching engine: municipalities and networks, the vocabulary (the embedded one unless a vocabulary of one's
    /// own was registered before), the Lucene index in <c>{dataDirectory}/index</c>, validation, shortlists and tender coverage.
    /// </summary>
    public static IServiceCollection AddCandidateBankMatching(this IServiceCollection services, string dataDirectory, RecruitmentNetworks networks)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(Municipalities.Denmark);
        services.AddSingleton(networks);
        services.TryAddSingleton(TradeVocabulary.Danish);
        services.AddSingleton(sp => new CandidateIndex(Path.Combine(dataDirectory, "index"), sp.GetRequiredService<Municipalities>(), networks,
            sp.GetRequiredService<TradeVocabulary>(), sp.GetService<ILoggerFactory>()?.CreateLogger<CandidateIndex>()));
        services.AddSingleton<MessageValidator>();
        services.AddSingleton<ShortlistBuilder>();
        services.AddSingleton(sp => new OpenOrderSet(sp.GetRequiredService<CandidateIndex>().Rules, sp.GetRequiredService<TradeVocabulary>()));
        services.AddSingleton<TenderCoverage>();
        return services;
    }
}
