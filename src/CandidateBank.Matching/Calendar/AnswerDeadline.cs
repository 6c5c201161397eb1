using CandidateBank.Contracts;

namespace CandidateBank.Matching.Calendar;

/// <summary>
/// When a job order must be answered, as its <see cref="JobOrder.AnswerWithin"/> says: <c>24h</c> (the default: the
/// configured promise after receipt), <c>end-of-working-day</c> (16:00 Danish time on the day of receipt when that is a
/// working day and it came before, else on the next working day) or <c>2-working-days</c> (16:00 on the second working
/// day after receipt).
/// </summary>
public sealed class AnswerDeadline(TimeSpan promise)
{
    public const string Hours24 = "24h", EndOfWorkingDay = "end-of-working-day", TwoWorkingDays = "2-working-days";
    public static readonly string[] Choices = [Hours24, EndOfWorkingDay, TwoWorkingDays];

    private static readonly TimeOnly ClosingTime = new(16, 0);

    public static AnswerDeadline OneDay { get; } = new(TimeSpan.FromHours(24));

    public TimeSpan Promise => promise;

    public DateTimeOffset For(JobOrder order, DateTimeOffset receivedAt)
    {
        var local = TimeZoneInfo.ConvertTime(receivedAt, DanishWorkingDays.Denmark);
        var day = DateOnly.FromDateTime(local.DateTime);
        return order.AnswerWithin switch
        {
            EndOfWorkingDay => Closing(DanishWorkingDays.IsWorkingDay(day) && TimeOnly.FromDateTime(local.DateTime) < ClosingTime ? day : DanishWorkingDays.Next(day)),
            TwoWorkingDays => Closing(DanishWorkingDays.Next(DanishWorkingDays.Next(day))),
            _ => receivedAt + promise,
        };
    }

    private static DateTimeOffset Closing(DateOnly day)
    {
        var local = day.ToDateTime(ClosingTime);
        return new DateTimeOffset(local, DanishWorkingDays.Denmark.GetUtcOffset(local)).ToUniversalTime();
    }
}
