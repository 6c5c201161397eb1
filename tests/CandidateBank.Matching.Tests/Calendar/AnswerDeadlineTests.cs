using CandidateBank.Contracts;
using CandidateBank.Matching.Calendar;

namespace CandidateBank.Matching.Tests.Calendar;

/// <summary>Deadlines in Danish working days: weekends, public holidays and the days offices close are skipped.</summary>
public sealed class AnswerDeadlineTests
{
    private static readonly AnswerDeadline Deadlines = AnswerDeadline.OneDay;

    private static DateTimeOffset Copenhagen(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);
        return new DateTimeOffset(local, DanishWorkingDays.Denmark.GetUtcOffset(local));
    }

    private static DateTimeOffset Due(string? answerWithin, DateTimeOffset receivedAt) =>
        TimeZoneInfo.ConvertTime(Deadlines.For(Profiles.LightRail() with { AnswerWithin = answerWithin }, receivedAt), DanishWorkingDays.Denmark);

    [Theory]
    [InlineData(2027, 3, 25)] // skærtorsdag
    [InlineData(2027, 3, 26)] // langfredag
    [InlineData(2027, 3, 29)] // 2. påskedag
    [InlineData(2027, 5, 6)]  // Kristi himmelfartsdag
    [InlineData(2027, 5, 17)] // 2. pinsedag
    [InlineData(2026, 6, 5)]  // grundlovsdag
    [InlineData(2026, 12, 24)]
    [InlineData(2026, 12, 31)]
    [InlineData(2027, 1, 1)]
    public void Public_holidays_are_not_working_days(int year, int month, int day) =>
        Assert.False(DanishWorkingDays.IsWorkingDay(new DateOnly(year, month, day)));

    [Fact]
    public void Store_bededag_is_a_working_day_since_2024_and_easter_is_computed_for_any_year()
    {
        Assert.True(DanishWorkingDays.IsWorkingDay(new DateOnly(2026, 5, 1)));   // the fourth Friday after Easter 2026
        Assert.False(DanishWorkingDays.IsWorkingDay(new DateOnly(2023, 5, 5)));  // store bededag, its last year
        Assert.Equal(new DateOnly(2027, 3, 28), DanishWorkingDays.EasterSunday(2027));
        Assert.Equal(new DateOnly(2038, 4, 25), DanishWorkingDays.EasterSunday(2038));
    }

    [Fact]
    public void Without_a_choice_the_answer_is_due_a_day_after_receipt()
    {
        var received = Copenhagen(2026, 12, 4, 11);

        Assert.Equal(received.AddHours(24), Due(null, received));
        Assert.Equal(received.AddHours(24), Due("24h", received));
    }

    [Theory]
    [InlineData(2026, 12, 1, 10, 2026, 12, 1)]  // Tuesday morning: the same afternoon
    [InlineData(2026, 12, 1, 17, 2026, 12, 2)]  // after closing: the next working day
    [InlineData(2026, 12, 4, 17, 2026, 12, 7)]  // Friday evening: Monday
    [InlineData(2026, 12, 23, 17, 2026, 12, 28)] // before Christmas: the 24th, 25th, 26th and the weekend are skipped
    public void End_of_the_working_day_is_16_in_Copenhagen_on_the_day_or_the_next_working_day(int y, int m, int d, int hour, int dueY, int dueM, int dueD)
    {
        var due = Due(AnswerDeadline.EndOfWorkingDay, Copenhagen(y, m, d, hour));

        Assert.Equal((new DateOnly(dueY, dueM, dueD), 16), (DateOnly.FromDateTime(due.DateTime), due.Hour));
    }

    [Fact]
    public void Two_working_days_skip_easter()
    {
        var due = Due(AnswerDeadline.TwoWorkingDays, Copenhagen(2027, 3, 24, 9)); // the Wednesday before Easter

        Assert.Equal(new DateOnly(2027, 3, 31), DateOnly.FromDateTime(due.DateTime)); // Tuesday 30th is the first, Wednesday 31st the second
    }
}
