using System.Globalization;

namespace CandidateBank.Bench.Search;

/// <summary>The process's resident memory, from /proc/self/status (Linux): what the operating system has to give it.</summary>
public static class ProcessMemory
{
    /// <summary>Peak resident set size (VmHWM) in bytes, or the current working set where /proc is missing.</summary>
    public static long PeakResidentBytes() => Read("VmHWM:") ?? Environment.WorkingSet;

    private static long? Read(string key)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var kilobytes = line?[key.Length..].Trim().Split(' ')[0];
        return long.TryParse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
    }

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N0} MB");
}
