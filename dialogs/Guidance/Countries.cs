using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// ISO 3166-1 alpha-2 country codes, the only form countries take inside the bot, with English short names and the
/// common names and synonyms people type ("UK", "England", "USA", "Holland").
/// </summary>
public static partial class Countries
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AD"] = "Andorra",
        ["AE"] = "United Arab Emirates",
        ["AF"] = "Afghanistan",
        ["AG"] = "Antigua and Barbuda",
        ["AI"] = "Anguilla",
        ["AL"] = "Albania",
        ["AM"] = "Armenia",
        ["AO"] = "Angola",
        ["AQ"] = "Antarctica",
        ["AR"] = "Argentina",
        ["AS"] = "American Samoa",
        ["AT"] = "Austria",
        ["AU"] = "Australia",
        ["AW"] = "Aruba",
        ["AX"] = "Aland Islands",
        ["AZ"] = "Azerbaijan",
        ["BA"] = "Bosnia and Herzegovina",
        ["BB"] = "Barbados",
        ["BD"] = "Bangladesh",
        ["BE"] = "Belgium",
        ["BF"] = "Burkina Faso",
        ["BG"] = "Bulgaria",
        ["BH"] = "Bahrain",
        ["BI"] = "Burundi",
        ["BJ"] = "Benin",
        ["BL"] = "Saint Barthelemy",
        ["BM"] = "Bermuda",
        ["BN"] = "Brunei Darussalam",
        ["BO"] = "Bolivia",
        ["BQ"] = "Bonaire, Sint Eustatius and Saba",
        ["BR"] = "Brazil",
        ["BS"] = "Bahamas",
        ["BT"] = "Bhutan",
        ["BV"] = "Bouvet Island",
        ["BW"] = "Botswana",
        ["BY"] = "Belarus",
        ["BZ"] = "Belize",
        ["CA"] = "Canada",
        ["CC"] = "Cocos (Keeling) Islands",
        ["CD"] = "Congo, Democratic Republic of the",
        ["CF"] = "Central African Republic",
        ["CG"] = "Congo",
        ["CH"] = "Switzerland",
        ["CI"] = "Cote d'Ivoire",
        ["CK"] = "Cook Islands",
        ["CL"] = "Chile",
        ["CM"] = "Cameroon",
        ["CN"] = "China",
        ["CO"] = "Colombia",
        ["CR"] = "Costa Rica",
        ["CU"] = "Cuba",
        ["CV"] = "Cabo Verde",
        ["CW"] = "Curacao",
        ["CX"] = "Christmas Island",
        ["CY"] = "Cyprus",
        ["CZ"] = "Czechia",
        ["DE"] = "Germany",
        ["DJ"] = "Djibouti",
        ["DK"] = "Denmark",
        ["DM"] = "Dominica",
        ["DO"] = "Dominican Republic",
        ["DZ"] = "Algeria",
        ["EC"] = "Ecuador",
        ["EE"] = "Estonia",
        ["EG"] = "Egypt",
        ["EH"] = "Western Sahara",
        ["ER"] = "Eritrea",
        ["ES"] = "Spain",
        ["ET"] = "Ethiopia",
        ["FI"] = "Finland",
        ["FJ"] = "Fiji",
        ["FK"] = "Falkland Islands (Malvinas)",
        ["FM"] = "Micronesia",
        ["FO"] = "Faroe Islands",
        ["FR"] = "France",
        ["GA"] = "Gabon",
        ["GB"] = "United Kingdom",
        ["GD"] = "Grenada",
        ["GE"] = "Georgia",
        ["GF"] = "French Guiana",
        ["GG"] = "Guernsey",
        ["GH"] = "Ghana",
        ["GI"] = "Gibraltar",
        ["GL"] = "Greenland",
        ["GM"] = "Gambia",
        ["GN"] = "Guinea",
        ["GP"] = "Guadeloupe",
        ["GQ"] = "Equatorial Guinea",
        ["GR"] = "Greece",
        ["GS"] = "South Georgia and the South Sandwich Islands",
        ["GT"] = "Guatemala",
        ["GU"] = "Guam",
        ["GW"] = "Guinea-Bissau",
        ["GY"] = "Guyana",
        ["HK"] = "Hong Kong",
        ["HM"] = "Heard Island and McDonald Islands",
        ["HN"] = "Honduras",
        ["HR"] = "Croatia",
        ["HT"] = "Haiti",
        ["HU"] = "Hungary",
        ["ID"] = "Indonesia",
        ["IE"] = "Ireland",
        ["IL"] = "Israel",
        ["IM"] = "Isle of Man",
        ["IN"] = "India",
        ["IO"] = "British Indian Ocean Territory",
        ["IQ"] = "Iraq",
        ["IR"] = "Iran",
        ["IS"] = "Iceland",
        ["IT"] = "Italy",
        ["JE"] = "Jersey",
        ["JM"] = "Jamaica",
        ["JO"] = "Jordan",
        ["JP"] = "Japan",
        ["KE"] = "Kenya",
        ["KG"] = "Kyrgyzstan",
        ["KH"] = "Cambodia",
        ["KI"] = "Kiribati",
        ["KM"] = "Comoros",
        ["KN"] = "Saint Kitts and Nevis",
        ["KP"] = "Korea, Democratic People's Republic of",
        ["KR"] = "Korea, Republic of",
        ["KW"] = "Kuwait",
        ["KY"] = "Cayman Islands",
        ["KZ"] = "Kazakhstan",
        ["LA"] = "Lao People's Democratic Republic",
        ["LB"] = "Lebanon",
        ["LC"] = "Saint Lucia",
        ["LI"] = "Liechtenstein",
        ["LK"] = "Sri Lanka",
        ["LR"] = "Liberia",
        ["LS"] = "Lesotho",
        ["LT"] = "Lithuania",
        ["LU"] = "Luxembourg",
        ["LV"] = "Latvia",
        ["LY"] = "Libya",
        ["MA"] = "Morocco",
        ["MC"] = "Monaco",
        ["MD"] = "Moldova",
        ["ME"] = "Montenegro",
        ["MF"] = "Saint Martin (French part)",
        ["MG"] = "Madagascar",
        ["MH"] = "Marshall Islands",
        ["MK"] = "North Macedonia",
        ["ML"] = "Mali",
        ["MM"] = "Myanmar",
        ["MN"] = "Mongolia",
        ["MO"] = "Macao",
        ["MP"] = "Northern Mariana Islands",
        ["MQ"] = "Martinique",
        ["MR"] = "Mauritania",
        ["MS"] = "Montserrat",
        ["MT"] = "Malta",
        ["MU"] = "Mauritius",
        ["MV"] = "Maldives",
        ["MW"] = "Malawi",
        ["MX"] = "Mexico",
        ["MY"] = "Malaysia",
        ["MZ"] = "Mozambique",
        ["NA"] = "Namibia",
        ["NC"] = "New Caledonia",
        ["NE"] = "Niger",
        ["NF"] = "Norfolk Island",
        ["NG"] = "Nigeria",
        ["NI"] = "Nicaragua",
        ["NL"] = "Netherlands",
        ["NO"] = "Norway",
        ["NP"] = "Nepal",
        ["NR"] = "Nauru",
        ["NU"] = "Niue",
        ["NZ"] = "New Zealand",
        ["OM"] = "Oman",
        ["PA"] = "Panama",
        ["PE"] = "Peru",
        ["PF"] = "French Polynesia",
        ["PG"] = "Papua New Guinea",
        ["PH"] = "Philippines",
        ["PK"] = "Pakistan",
        ["PL"] = "Poland",
        ["PM"] = "Saint Pierre and Miquelon",
        ["PN"] = "Pitcairn",
        ["PR"] = "Puerto Rico",
        ["PS"] = "Palestine, State of",
        ["PT"] = "Portugal",
        ["PW"] = "Palau",
        ["PY"] = "Paraguay",
        ["QA"] = "Qatar",
        ["RE"] = "Reunion",
        ["RO"] = "Romania",
        ["RS"] = "Serbia",
        ["RU"] = "Russian Federation",
        ["RW"] = "Rwanda",
        ["SA"] = "Saudi Arabia",
        ["SB"] = "Solomon Islands",
        ["SC"] = "Seychelles",
        ["SD"] = "Sudan",
        ["SE"] = "Sweden",
        ["SG"] = "Singapore",
        ["SH"] = "Saint Helena, Ascension and Tristan da Cunha",
        ["SI"] = "Slovenia",
        ["SJ"] = "Svalbard and Jan Mayen",
        ["SK"] = "Slovakia",
        ["SL"] = "Sierra Leone",
        ["SM"] = "San Marino",
        ["SN"] = "Senegal",
        ["SO"] = "Somalia",
        ["SR"] = "Suriname",
        ["SS"] = "South Sudan",
        ["ST"] = "Sao Tome and Principe",
        ["SV"] = "El Salvador",
        ["SX"] = "Sint Maarten (Dutch part)",
        ["SY"] = "Syrian Arab Republic",
        ["SZ"] = "Eswatini",
        ["TC"] = "Turks and Caicos Islands",
        ["TD"] = "Chad",
        ["TF"] = "French Southern Territories",
        ["TG"] = "Togo",
        ["TH"] = "Thailand",
        ["TJ"] = "Tajikistan",
        ["TK"] = "Tokelau",
        ["TL"] = "Timor-Leste",
        ["TM"] = "Turkmenistan",
        ["TN"] = "Tunisia",
        ["TO"] = "Tonga",
        ["TR"] = "Turkiye",
        ["TT"] = "Trinidad and Tobago",
        ["TV"] = "Tuvalu",
        ["TW"] = "Taiwan",
        ["TZ"] = "Tanzania",
        ["UA"] = "Ukraine",
        ["UG"] = "Uganda",
        ["UM"] = "United States Minor Outlying Islands",
        ["US"] = "United States",
        ["UY"] = "Uruguay",
        ["UZ"] = "Uzbekistan",
        ["VA"] = "Holy See",
        ["VC"] = "Saint Vincent and the Grenadines",
        ["VE"] = "Venezuela",
        ["VG"] = "Virgin Islands (British)",
        ["VI"] = "Virgin Islands (U.S.)",
        ["VN"] = "Viet Nam",
        ["VU"] = "Vanuatu",
        ["WF"] = "Wallis and Futuna",
        ["WS"] = "Samoa",
        ["YE"] = "Yemen",
        ["YT"] = "Mayotte",
        ["ZA"] = "South Africa",
        ["ZM"] = "Zambia",
        ["ZW"] = "Zimbabwe",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Names people use that are not the ISO short name. "UK" is the usual one: it is not an ISO code (GB is).
    private static readonly FrozenDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UK"] = "GB",
        ["UNITED KINGDOM"] = "GB",
        ["GREAT BRITAIN"] = "GB",
        ["BRITAIN"] = "GB",
        ["ENGLAND"] = "GB",
        ["SCOTLAND"] = "GB",
        ["WALES"] = "GB",
        ["NORTHERN IRELAND"] = "GB",
        ["USA"] = "US",
        ["U.S."] = "US",
        ["U.S.A."] = "US",
        ["UNITED STATES OF AMERICA"] = "US",
        ["AMERICA"] = "US",
        ["HOLLAND"] = "NL",
        ["THE NETHERLANDS"] = "NL",
        ["CZECH REPUBLIC"] = "CZ",
        ["SOUTH KOREA"] = "KR",
        ["KOREA"] = "KR",
        ["NORTH KOREA"] = "KP",
        ["RUSSIA"] = "RU",
        ["TURKEY"] = "TR",
        ["VIETNAM"] = "VN",
        ["IVORY COAST"] = "CI",
        ["SWAZILAND"] = "SZ",
        ["MACEDONIA"] = "MK",
        ["BURMA"] = "MM",
        ["LAOS"] = "LA",
        ["SYRIA"] = "SY",
        ["PALESTINE"] = "PS",
        ["DEUTSCHLAND"] = "DE",
        ["NORGE"] = "NO",
        ["EIRE"] = "IE",
        ["REPUBLIC OF IRELAND"] = "IE",
        ["UAE"] = "AE",
        ["DR CONGO"] = "CD",
        ["DRC"] = "CD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByName =
        Names.ToFrozenDictionary(kv => kv.Value.ToUpperInvariant(), kv => kv.Key, StringComparer.Ordinal);

    public static bool IsCode(string code) => code is { Length: 2 } && Names.ContainsKey(code.ToUpperInvariant());

    public static string Name(string code) => Names.TryGetValue(code.ToUpperInvariant(), out var name) ? name : code;

    /// <summary>"United Kingdom (GB)".</summary>
    public static string Label(string code) => $"{Name(code)} ({code.ToUpperInvariant()})";

    /// <summary>One country as typed: an ISO code, the ISO name or a synonym; null when unknown.</summary>
    public static string? Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = text.Trim().TrimEnd('.').ToUpperInvariant();
        key = string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (key.Length == 2 && Names.ContainsKey(key))
        {
            return key;
        }

        return Synonyms.TryGetValue(key, out var code) || Synonyms.TryGetValue(text.Trim().ToUpperInvariant(), out code) || ByName.TryGetValue(key, out code)
            ? code
            : null;
    }

    /// <summary>
    /// A list of countries as typed ("UK, Norway and US"): the codes in the order given, without repeats, or the
    /// parts that are not countries.
    /// </summary>
    public static (IReadOnlyList<string> Codes, IReadOnlyList<string> Unknown) ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var codes = new List<string>();
        var unknown = new List<string>();
        foreach (var part in text.Split([',', ';', '/', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // A whole part first ("Bosnia and Herzegovina"), then "X and Y", then words ("GB NO US").
            if (Resolve(part) is { } code)
            {
                Add(code);
                continue;
            }

            var pieces = AndSeparator().Split(part).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (pieces.Count == 1)
            {
                pieces = [.. part.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
            }

            if (pieces.Count > 1 && pieces.All(p => Resolve(p) is not null))
            {
                pieces.ForEach(p => Add(Resolve(p)!));
            }
            else
            {
                unknown.Add(part);
            }
        }

        return (codes, unknown);

        void Add(string code)
        {
            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }
    }

    [GeneratedRegex(@"\s+(?:and|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndSeparator();
}
