import PlanwrightDocument

/// ISO 639-1 language codes, the two letters a plan names a language by (`es`, `vi`), with the
/// language's English name for messages ("205 of 527 families … speak Spanish at home").
///
/// A table rather than the platform's locale data: the codes a plan may use, and the names its
/// messages give, are then the same on every machine and in every version of Foundation.
public enum LanguageCode {
    /// The English name of `code`; nil when it is no ISO 639-1 code.
    public static func englishName(_ code: String) -> String? { names[code] }

    /// The language of `code` as a message names it: its English name in English, its own
    /// language's name for it in another ("español"); the code where the table has no name.
    public static func value(_ code: String) -> Message.Value { .language(code: code, englishName: englishName(code) ?? code) }

    /// The code of a language named in English ("Spanish" is `es`), any case.
    public static func code(named name: String) -> String? {
        let wanted = name.lowercased()
        return names.first { $0.value.lowercased() == wanted }?.key
    }

    /// Every code, for suggestions.
    public static var all: [String] { names.keys.sorted() }

    private static let names: [String: String] = Dictionary(uniqueKeysWithValues: table.split(separator: ";").map { entry in
        let parts = entry.split(separator: ":", maxSplits: 1)
        return (String(parts[0]), String(parts[1]))
    })

    private static let table = "aa:Afar;ab:Abkhazian;ae:Avestan;af:Afrikaans;ak:Akan;am:Amharic;an:Aragonese;ar:Arabic;as:Assamese;av:Avaric;ay:Aymara;az:Azerbaijani;"
        + "ba:Bashkir;be:Belarusian;bg:Bulgarian;bi:Bislama;bm:Bambara;bn:Bengali;bo:Tibetan;br:Breton;bs:Bosnian;"
        + "ca:Catalan;ce:Chechen;ch:Chamorro;co:Corsican;cr:Cree;cs:Czech;cu:Church Slavic;cv:Chuvash;cy:Welsh;"
        + "da:Danish;de:German;dv:Dhivehi;dz:Dzongkha;ee:Ewe;el:Greek;en:English;eo:Esperanto;es:Spanish;et:Estonian;eu:Basque;"
        + "fa:Persian;ff:Fulah;fi:Finnish;fj:Fijian;fo:Faroese;fr:French;fy:Western Frisian;"
        + "ga:Irish;gd:Scottish Gaelic;gl:Galician;gn:Guarani;gu:Gujarati;gv:Manx;"
        + "ha:Hausa;he:Hebrew;hi:Hindi;ho:Hiri Motu;hr:Croatian;ht:Haitian Creole;hu:Hungarian;hy:Armenian;hz:Herero;"
        + "ia:Interlingua;id:Indonesian;ie:Interlingue;ig:Igbo;ii:Sichuan Yi;ik:Inupiaq;io:Ido;is:Icelandic;it:Italian;iu:Inuktitut;"
        + "ja:Japanese;jv:Javanese;ka:Georgian;kg:Kongo;ki:Kikuyu;kj:Kuanyama;kk:Kazakh;kl:Kalaallisut;km:Khmer;kn:Kannada;ko:Korean;"
        + "kr:Kanuri;ks:Kashmiri;ku:Kurdish;kv:Komi;kw:Cornish;ky:Kyrgyz;"
        + "la:Latin;lb:Luxembourgish;lg:Ganda;li:Limburgish;ln:Lingala;lo:Lao;lt:Lithuanian;lu:Luba-Katanga;lv:Latvian;"
        + "mg:Malagasy;mh:Marshallese;mi:Maori;mk:Macedonian;ml:Malayalam;mn:Mongolian;mr:Marathi;ms:Malay;mt:Maltese;my:Burmese;"
        + "na:Nauru;nb:Norwegian Bokmål;nd:North Ndebele;ne:Nepali;ng:Ndonga;nl:Dutch;nn:Norwegian Nynorsk;no:Norwegian;nr:South Ndebele;nv:Navajo;ny:Chichewa;"
        + "oc:Occitan;oj:Ojibwa;om:Oromo;or:Odia;os:Ossetian;pa:Punjabi;pi:Pali;pl:Polish;ps:Pashto;pt:Portuguese;qu:Quechua;"
        + "rm:Romansh;rn:Kirundi;ro:Romanian;ru:Russian;rw:Kinyarwanda;"
        + "sa:Sanskrit;sc:Sardinian;sd:Sindhi;se:Northern Sami;sg:Sango;si:Sinhala;sk:Slovak;sl:Slovenian;sm:Samoan;sn:Shona;so:Somali;sq:Albanian;"
        + "sr:Serbian;ss:Swati;st:Southern Sotho;su:Sundanese;sv:Swedish;sw:Swahili;"
        + "ta:Tamil;te:Telugu;tg:Tajik;th:Thai;ti:Tigrinya;tk:Turkmen;tl:Tagalog;tn:Tswana;to:Tongan;tr:Turkish;ts:Tsonga;tt:Tatar;tw:Twi;ty:Tahitian;"
        + "ug:Uyghur;uk:Ukrainian;ur:Urdu;uz:Uzbek;ve:Venda;vi:Vietnamese;vo:Volapük;wa:Walloon;wo:Wolof;xh:Xhosa;yi:Yiddish;yo:Yoruba;"
        + "za:Zhuang;zh:Chinese;zu:Zulu"
}
