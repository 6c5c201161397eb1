using System.Globalization;
using CandidateBank.Store;

namespace CandidateBank.Web;

/// <summary>How the app says statuses and times in Danish.</summary>
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

    public static string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Copenhagen).ToString("d. MMM yyyy 'kl.' HH:mm", Culture);

    public static string Date(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string Km(double km) => km.ToString("0.#", Culture) + " km";
}
