namespace CandidateBank.SyntheticData;

/// <summary>
/// What people in each of the vocabulary's fields typically know and hold, and which trades employ the most people.
/// Names are the vocabulary's canonical names (a test checks that it knows every one).
/// </summary>
public static class TradeFields
{
    /// <summary>
    /// The trades with the most job seekers first (roughly as in the job centres' own statistics); every other
    /// occupation of the vocabulary follows in its listed order, forming the long tail of a Zipf-like distribution.
    /// </summary>
    public static readonly string[] LargestOccupations =
    [
        "Lagermedarbejder", "Struktør", "Tømrer", "Lastbilchauffør", "Social- og sundhedshjælper", "Murer", "Elektriker",
        "Butiksassistent", "Rengøringsassistent", "Produktionsmedarbejder", "Maler", "VVS-montør", "Køkkenmedhjælper",
        "Social- og sundhedsassistent", "Svejser", "Smed", "Buschauffør", "Truckfører", "Pædagogmedhjælper", "Anlægsarbejder",
    ];

    public static readonly IReadOnlyDictionary<string, string[]> Skills = new Dictionary<string, string[]>
    {
        ["Bygge og anlæg"] =
        [
            "Forskalling", "Armering", "Betonstøbning", "Elementmontage", "Tømrerarbejde", "Vindues- og dørmontage",
            "Gulvlægning", "Gipsarbejde", "Murerarbejde", "Flisearbejde", "Pudsearbejde", "Malerarbejde", "Elinstallation",
            "VVS-installation", "Tagarbejde", "Stilladsmontage", "Kloakarbejde", "Rørlægning", "Jordarbejde", "Brolægning",
            "Maskinkørsel", "Asfaltarbejde", "Vejarbejde", "Nedrivning", "Miljøsanering", "Opmåling", "Tegningslæsning",
        ],
        ["Transport"] = ["Kørsel med lastbil", "Buskørsel", "Personbefordring", "Godshåndtering", "Ruteplanlægning", "Anhugning", "Kundeservice"],
        ["Metal og industri"] =
        [
            "Svejsning MIG/MAG", "Svejsning TIG", "Svejsning", "Stålkonstruktioner", "Pladebearbejdning", "Montage",
            "CNC-programmering", "CNC-betjening", "Maskinbetjening", "Kvalitetskontrol", "Reparation og vedligehold", "Hydraulik",
        ],
        ["Offshore og energi"] =
        [
            "Service af vindmøller", "Arbejde i højder", "Vingereparation", "Elinstallation", "Hydraulik", "Anhugning",
            "Kabeltræk", "Montage", "Reparation og vedligehold", "Engelsk",
        ],
        ["Social- og sundhed"] =
        [
            "Personlig pleje", "Praktisk hjælp", "Forflytning", "Medicinadministration", "Sårpleje", "Demens", "Dokumentation",
            "Rehabilitering", "Pædagogisk arbejde",
        ],
        ["Lager og logistik"] = ["Plukning", "Pakning", "Varemodtagelse", "Truckkørsel", "Scannerbetjening", "Lagerstyring", "Godshåndtering"],
        ["Detail"] = ["Kundeservice", "Kasseekspedition", "Vareopfyldning", "Salg", "Varekendskab", "Fødevarehåndtering", "Butiksindretning"],
        ["Service"] = ["Rengøring", "Madlavning", "Opvask", "Fødevarehåndtering", "Servering", "Kundeservice", "Engelsk"],
    };

    /// <summary>The skills that define a trade, listed before the rest of its field's.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> CoreSkills = new Dictionary<string, string[]>
    {
        ["Struktør"] = ["Forskalling", "Armering", "Betonstøbning"], ["Betonarbejder"] = ["Betonstøbning", "Armering"],
        ["Tømrer"] = ["Tømrerarbejde", "Vindues- og dørmontage", "Gulvlægning"], ["Snedker"] = ["Tømrerarbejde", "Vindues- og dørmontage"],
        ["Murer"] = ["Murerarbejde", "Pudsearbejde", "Flisearbejde"], ["Maler"] = ["Malerarbejde", "Gipsarbejde"],
        ["Elektriker"] = ["Elinstallation"], ["VVS-montør"] = ["VVS-installation", "Rørlægning"],
        ["Anlægsarbejder"] = ["Jordarbejde", "Kloakarbejde", "Vejarbejde"], ["Kloakrørlægger"] = ["Kloakarbejde", "Rørlægning"],
        ["Stilladsmontør"] = ["Stilladsmontage"], ["Brolægger"] = ["Brolægning"], ["Maskinfører"] = ["Maskinkørsel", "Jordarbejde"],
        ["Asfaltarbejder"] = ["Asfaltarbejde", "Vejarbejde"], ["Nedriver"] = ["Nedrivning", "Miljøsanering"],
        ["Tagdækker"] = ["Tagarbejde"], ["Gulvlægger"] = ["Gulvlægning"],
        ["Lastbilchauffør"] = ["Kørsel med lastbil", "Godshåndtering"], ["Buschauffør"] = ["Buskørsel", "Personbefordring"],
        ["Svejser"] = ["Svejsning MIG/MAG", "Svejsning TIG", "Svejsning"], ["Smed"] = ["Stålkonstruktioner", "Svejsning"],
        ["CNC-operatør"] = ["CNC-betjening", "CNC-programmering"], ["Lagermedarbejder"] = ["Plukning", "Pakning", "Varemodtagelse"],
        ["Truckfører"] = ["Truckkørsel", "Varemodtagelse"], ["Vindmølletekniker"] = ["Service af vindmøller", "Arbejde i højder"],
        ["Butiksassistent"] = ["Kundeservice", "Salg", "Vareopfyldning"], ["Rengøringsassistent"] = ["Rengøring"],
        ["Køkkenmedhjælper"] = ["Madlavning", "Opvask"], ["Kok"] = ["Madlavning", "Fødevarehåndtering"],
    };

    /// <summary>A trade's skills, its own first, then the rest of its field's: draws near the start are the likely ones.</summary>
    public static string[] SkillPool(string occupation, string field)
    {
        var core = CoreSkills.GetValueOrDefault(occupation, []);
        return [.. core, .. Skills[field].Except(core)];
    }

    /// <summary>Courses people in a field often hold beyond their own trade's course.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Certificates = new Dictionary<string, string[]>
    {
        ["Bygge og anlæg"] = ["Arbejde på vej niveau 1", "Arbejde på vej niveau 2", "Asbest-kursus", "Førstehjælp", "Liftcertifikat", "Teleskoplæsser-certifikat", "Sporsikkerhedskursus"],
        ["Transport"] = ["Chaufføruddannelsesbevis", "Digitalt førerkort", "ADR-bevis", "Lastbilkrancertifikat", "Førstehjælp"],
        ["Metal og industri"] = ["Svejsecertifikat EN ISO 9606-1", "Varmt arbejde", "Truckcertifikat A", "Førstehjælp"],
        ["Offshore og energi"] = ["GWO Basic Safety Training", "BOSIET", "GWO Sea Survival", "GWO Basic Technical Training", "Arbejde i højden"],
        ["Social- og sundhed"] = ["Medicinhåndtering", "Forflytningskursus", "Førstehjælp", "Hygiejnebevis"],
        ["Lager og logistik"] = ["Truckcertifikat B", "Truckcertifikat A", "Førstehjælp"],
        ["Detail"] = ["Hygiejnebevis", "Førstehjælp"],
        ["Service"] = ["Hygiejnebevis", "Førstehjælp"],
    };

    /// <summary>The heavier licence classes a trade needs, beyond the B that most adults hold.</summary>
    public static string[] HeavyLicences(string occupation) => occupation switch
    {
        "Lastbilchauffør" => ["CE", "C"],
        "Buschauffør" => ["D", "DE"],
        "Kranfører" or "Flyttearbejder" or "Renovationsarbejder" => ["C", "C1"],
        "Maskinfører" or "Anlægsgartner" => ["BE", "C1E"],
        _ => [],
    };
}
