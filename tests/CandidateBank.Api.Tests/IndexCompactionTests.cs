using CandidateBank.Matching.Index;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

public sealed class IndexCompactionTests
{
    [Fact]
    public async Task Profiles_pushed_one_after_another_end_up_in_one_segment_and_stay_searchable()
    {
        var factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string> { ["CandidateBank:Index:CompactEvery"] = "00:00:01" });
        try
        {
            var aarhus = factory.ClientWithKey(CandidateBankFactory.AarhusKey);
            var index = factory.Services.GetRequiredService<CandidateIndex>();
            foreach (var id in new[] { "compact-1", "compact-2", "compact-3" })
            {
                await aarhus.PutProfile(Profiles.Struktør(id));
                await aarhus.WaitUntilIndexed(id);
            }

            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (index.SegmentCount > 1 && DateTime.UtcNow < deadline) await Task.Delay(100);

            Assert.Equal(1, index.SegmentCount);
            await aarhus.WaitUntilIndexed("compact-1", "compact-2", "compact-3");
        }
        finally
        {
            factory.Dispose();
            factory.DeleteData();
        }
    }
}
