using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CandidateBank.Store;

internal sealed class DateTimeOffsetToUtcTicks() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
