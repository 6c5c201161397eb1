using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CandidateBank.Web.Pages;

/// <summary>What the consultant types into the order form, as typed: the API's validator decides what is wrong.</summary>
public sealed class OrderForm
{
    public string? Title { get; set; }
    public string? Occupation { get; set; }
    public string? WorkMunicipality { get; set; }
    public string? StartDate { get; set; }
    public string? Positions { get; set; } = "1";
    /// <summary>Empty means the order's default target (<see cref="Contracts.JobOrder.Target"/>).</summary>
    public string? Wanted { get; set; }
    /// <summary>Empty means the order's default (<see cref="Contracts.JobOrder.ShortlistSize"/>).</summary>
    public string? ShortlistSize { get; set; } = Contracts.JobOrder.DefaultShortlistSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public IReadOnlyList<string> RequiredCertificates { get; set; } = [];
    public IReadOnlyList<string> RequiredSkills { get; set; } = [];
    public IReadOnlyList<string> PreferredSkills { get; set; } = [];
    public string? RequiredDriversLicences { get; set; }
    public string? RequiredLanguages { get; set; }
    public string? EmploymentType { get; set; } = Contracts.EmploymentType.Ordinary;
    public bool SeniorFriendly { get; set; }
    public string? Description { get; set; }
    public string? AnswerWithin { get; set; } = "24h";
    public string? CompanyName { get; set; }
    public string? CompanyCvr { get; set; }
    public string? CompanyContactEmail { get; set; }
    public string? ConsultantEmail { get; set; }
    public string? TenderId { get; set; }
    public bool AutoSend { get; set; }

    /// <summary>The posted form under the names of the order's JSON paths, so the API's errors find their fields.</summary>
    public static OrderForm Read(IFormCollection form) => new()
    {
        Title = form["title"], Occupation = form["occupation"], WorkMunicipality = form["workMunicipality"], StartDate = form["startDate"],
        Positions = form["positions"], Wanted = form["wanted"], ShortlistSize = form["shortlistSize"],
        RequiredCertificates = Filled(form["requiredCertificates"]), RequiredSkills = Filled(form["requiredSkills"]), PreferredSkills = Filled(form["preferredSkills"]),
        RequiredDriversLicences = form["requiredDriversLicences"], RequiredLanguages = form["requiredLanguages"],
        EmploymentType = StringValues.IsNullOrEmpty(form["employmentType"]) ? Contracts.EmploymentType.Ordinary : form["employmentType"].ToString(),
        SeniorFriendly = form["seniorFriendly"] == "true",
        Description = form["description"], AnswerWithin = form["answerWithin"],
        CompanyName = form["company.name"], CompanyCvr = form["company.cvr"], CompanyContactEmail = form["company.contactEmail"],
        ConsultantEmail = form["consultantEmail"], TenderId = form["tenderId"], AutoSend = form["autoSend"] == "true",
    };

    /// <summary>A comma- or space-separated field (<c>"B, C"</c>) as its entries.</summary>
    public static List<string> Entries(string? text) =>
        (text ?? "").Split([',', ' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<string> Filled(StringValues values) =>
        values.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();
}
