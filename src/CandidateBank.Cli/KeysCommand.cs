using CandidateBank.Matching.Geography;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Cli;

/// <summary>
/// Issues, lists and revokes API keys in the server's store. The secret is shown once, at creation; the store keeps
/// only its hash. The running server sees a new or revoked key on the next request.
/// </summary>
public static class KeysCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output) => args switch
    {
        ["create", .. var rest] => await CreateAsync(Options.Parse(rest, "--name", "--role", "--job-centre", "--data", "--connection"), output),
        ["list", .. var rest] => await ListAsync(Options.Parse(rest, "--data", "--connection"), output),
        ["revoke", .. var rest] => await RevokeAsync(Options.Parse(rest, "--name", "--data", "--connection"), output),
        _ => throw new UsageException("keys: say create, list or revoke."),
    };

    private static async Task<int> CreateAsync(Options options, TextWriter output)
    {
        var name = Required(options, "--name");
        var role = Required(options, "--role").ToLowerInvariant();
        if (!ApiKeyRecord.Roles.Contains(role)) throw new UsageException($"--role '{role}' is not one of {string.Join(", ", ApiKeyRecord.Roles)}.");
        var jobCentre = options["--job-centre"];
        if (role != "admin" && jobCentre is null) throw new UsageException($"A {role} key acts for one job centre: pass --job-centre <municipality>.");
        if (jobCentre is not null && !Municipalities.Denmark.Contains(jobCentre)) throw new UsageException($"--job-centre '{jobCentre}' is not a Danish municipality.");

        await using var db = await StoreFile.OpenAsync(options);
        if (await db.ApiKeys.AnyAsync(k => k.Name == name)) throw new UsageException($"A key named '{name}' exists already (revoked keys keep their name).");
        var secret = ApiKeyRecord.NewSecret();
        db.ApiKeys.Add(new ApiKeyRecord
        {
            Name = name, Role = role, JobCentre = jobCentre is null ? null : Municipalities.Denmark.Canonical(jobCentre),
            SecretSha256 = ApiKeyRecord.Hash(secret), Prefix = secret[..10], CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        output.WriteLine($"Created key '{name}' ({role}{(jobCentre is null ? "" : ", " + jobCentre)}). Its secret, shown only now:");
        output.WriteLine(secret);
        return 0;
    }

    private static async Task<int> ListAsync(Options options, TextWriter output)
    {
        await using var db = await StoreFile.OpenAsync(options);
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync();
        output.WriteLine($"{"name",-24} {"role",-11} {"job centre",-16} {"prefix",-11} {"created",-17} revoked");
        foreach (var k in keys.OrderBy(k => k.Name, StringComparer.Ordinal))
            output.WriteLine($"{k.Name,-24} {k.Role,-11} {k.JobCentre ?? "-",-16} {k.Prefix,-11} {k.CreatedAt:yyyy-MM-dd HH:mm} {k.RevokedAt?.ToString("yyyy-MM-dd HH:mm") ?? "-"}");
        return 0;
    }

    private static async Task<int> RevokeAsync(Options options, TextWriter output)
    {
        var name = Required(options, "--name");
        await using var db = await StoreFile.OpenAsync(options);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Name == name) ?? throw new UsageException($"No key named '{name}'.");
        key.RevokedAt ??= DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
        output.WriteLine($"Revoked key '{name}'; requests with it are refused from now on.");
        return 0;
    }

    private static string Required(Options options, string name) => options[name] ?? throw new UsageException($"keys: {name} is required.");
}
