using System.Globalization;
using CandidateBank.Contracts;
using CandidateBank.Store;

namespace CandidateBank.Web;

/// <summary>How the app says statuses, employment types, languages and times in Danish.</summary>
public static class Danish
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("da-DK");
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static string Status(string status) => status switch
    {
        JobOrderStatus.Received => "Modtaget",
        JobOrderStatus.Shortlisted => "Kandidatliste klar",
        JobOrderStatus.Sent => "Sendt",
        JobOrderStatus.DeliveryFailed => "Mail kunne ikke leveres",
        JobOrderStatus.Filled => "Besat",
        JobOrderStatus.Expired => "Udløbet",
        JobOrderStatus.Closed => "Annulleret",
        _ => status,
    };

    public static string Delivery(string? status) => status switch
    {
        DeliveryStatus.Pending => "På vej",
        DeliveryStatus.Sent => "Sendt",
        DeliveryStatus.Failed => "Kunne ikke leveres",
        null => "Ikke godkendt",
        _ => status,
    };

    public static string Outcome(string outcome) => outcome switch
    {
        Outcomes.Sent => "Sendt",
        Outcomes.Contacted => "Kontaktet",
        Outcomes.Interview => "Til samtale",
        Outcomes.Hired => "Ansat",
        Outcomes.NotHired => "Ikke ansat",
        Outcomes.Declined => "Takkede nej",
        _ => outcome,
    };

    public static string AccessAction(string action) => action switch
    {
        AccessActions.ShownInShortlist => "Vist på kandidatliste",
        AccessActions.ShownAsNearMiss => "Vist som tæt på",
        AccessActions.Opened => "Profilen åbnet",
        AccessActions.SentToCompany => "Sendt til virksomhed",
        AccessActions.Withdrawn => "Slettet",
        _ => action,
    };

    public static string Employment(string type) => type switch
    {
        EmploymentType.Ordinary => "Ordinær ansættelse",
        EmploymentType.Temporary => "Vikariat eller tidsbegrænset ansættelse",
        _ => type,
    };

    /// <summary>
    /// The API takes languages as ISO 639-1 codes; consultants write their names. A name not here is passed on as written,
    /// so the API's refusal names it beside the field.
    /// </summary>
    private static readonly Dictionary<string, string> LanguageCodes = new(StringComparer.Create(Culture, ignoreCase: true))
    {
        ["dansk"] = "da", ["engelsk"] = "en", ["tysk"] = "de", ["svensk"] = "sv", ["norsk"] = "no", ["islandsk"] = "is", ["finsk"] = "fi",
        ["polsk"] = "pl", ["rumænsk"] = "ro", ["litauisk"] = "lt", ["lettisk"] = "lv", ["estisk"] = "et", ["ukrainsk"] = "uk", ["russisk"] = "ru",
        ["bulgarsk"] = "bg", ["ungarsk"] = "hu", ["tjekkisk"] = "cs", ["slovakisk"] = "sk", ["kroatisk"] = "hr", ["serbisk"] = "sr",
        ["fransk"] = "fr", ["spansk"] = "es", ["portugisisk"] = "pt", ["italiensk"] = "it", ["hollandsk"] = "nl", ["nederlandsk"] = "nl", ["græsk"] = "el",
        ["tyrkisk"] = "tr", ["arabisk"] = "ar", ["persisk"] = "fa", ["kurdisk"] = "ku", ["somalisk"] = "so", ["tigrinya"] = "ti", ["urdu"] = "ur",
        ["vietnamesisk"] = "vi", ["thai"] = "th", ["kinesisk"] = "zh",
    };

    public static string LanguageCode(string language) => LanguageCodes.GetValueOrDefault(language, language);

    public static string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Copenhagen).ToString("d. MMM yyyy 'kl.' HH:mm", Culture);

    public static string Date(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string Km(double km) => km.ToString("0.#", Culture) + " km";
}
