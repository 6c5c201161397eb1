using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;

namespace CandidateBank.Matching.Validation;

/// <summary>
/// Messages in the one spelling the bank stores, whatever door they came through: municipalities and job centres in
/// their official names ("aarhus", "Århus", "Aarhus Kommune" are Aarhus), licence classes upper case, language codes
/// and employment types lower case. Applied after validation, before a message is published or stored, so filters,
/// explanations and identity checks all see one form.
/// </summary>
public sealed class CanonicalForms(Municipalities municipalities)
{
    public CandidateProfile Of(CandidateProfile profile) => profile with
    {
        JobCentre = municipalities.Canonical(profile.JobCentre),
        HomeMunicipality = municipalities.Canonical(profile.HomeMunicipality),
        DriversLicences = profile.DriversLicences.Select(DriversLicences.Canonical).ToList(),
        Languages = profile.Languages.Select(Lower).ToList(),
        EmploymentTypes = profile.EmploymentTypes.Select(Lower).ToList(),
    };

    public JobOrder Of(JobOrder order) => order with
    {
        WorkMunicipality = municipalities.Canonical(order.WorkMunicipality),
        JobCentre = order.JobCentre is null ? null : municipalities.Canonical(order.JobCentre),
        RequiredDriversLicences = order.RequiredDriversLicences.Select(DriversLicences.Canonical).ToList(),
        RequiredLanguages = order.RequiredLanguages.Select(Lower).ToList(),
        EmploymentType = Lower(order.EmploymentType),
    };

    public TenderAwarded Of(TenderAwarded award) => award with
    {
        WorkMunicipality = municipalities.Canonical(award.WorkMunicipality),
        CompanyMunicipality = award.CompanyMunicipality is null ? null : municipalities.Canonical(award.CompanyMunicipality),
    };

    /// <summary>
    /// Whether two profiles say the same once in the bank's spelling: a resend of a stored version is harmless, the same
    /// version with other content is a conflict (a correction must carry a new version).
    /// </summary>
    public bool SameContent(CandidateProfile stored, CandidateProfile sent) =>
        JsonSerializer.Serialize(Of(stored), ContractJson.Options) == JsonSerializer.Serialize(Of(sent), ContractJson.Options);

    /// <summary>Why a profile cannot replace the stored one of the same version, in the words both doors use.</summary>
    public static string VersionConflict(string candidateId, int version) =>
        $"version {version} of candidate '{candidateId}' is already stored with other content; send the change as version {version + 1}.";

    private static string Lower(string value) => value.Trim().ToLowerInvariant();
}
