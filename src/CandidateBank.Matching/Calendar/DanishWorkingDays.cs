namespace CandidateBank.Matching.Calendar;

/// <summary>
/// The days a Danish job centre works: Monday to Friday, except the public holidays (nytårsdag, skærtorsdag,
/// langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag, 2. juledag; store bededag
/// was abolished from 2024) and the days public offices close (grundlovsdag, juleaften, nytårsaftensdag).
/// </summary>
public static class DanishWorkingDays
{
    public static readonly TimeZoneInfo Denmark =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Copenhagen", out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    public static bool IsHoliday(DateOnly day)
    {
        if ((day.Month, day.Day) is (1, 1) or (6, 5) or (12, 24) or (12, 25) or (12, 26) or (12, 31)) return true;
        var easter = EasterSunday(day.Year);
        var fromEaster = day.DayNumber - easter.DayNumber;
        return fromEaster is -3 or -2 or 0 or 1 or 39 or 49 or 50 || (fromEaster == 26 && day.Year < 2024);
    }

    /// <summary>The next working day after <paramref name="day"/>.</summary>
    public static DateOnly Next(DateOnly day)
    {
        do day = day.AddDays(1); while (!IsWorkingDay(day));
        return day;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
