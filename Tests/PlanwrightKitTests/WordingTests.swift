import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightOutputs

/// The strings files as translators' tools write them, the plural rules of their headers, and
/// dates, numbers and money per language.
struct WordingTests {
    static let header = """
    msgid ""
    msgstr ""
    "Language: es_US\\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

    """

    static func read(_ body: String, header: String = header) -> Checked<Wording?> {
        Wording.read(header + body, path: "xx.po", language: "es", english: .english)
    }

    @Test func aFileReadsWithPluralsContinuationsEscapesAndComments() throws {
        let text = """
        msgid ""
        msgstr ""
        "Language: en_US\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        # a translator's note
        #. what the text is for
        msgid "greeting"
        msgstr "Hello, "
        "{name} \\"here\\""

        msgid "schools"
        msgid_plural "schools"
        msgstr[0] "{count} school"
        msgstr[1] "{count} schools"

        #, fuzzy
        msgid "draft"
        msgstr "not yet"
        """
        let (file, diagnostics) = StringsFile.parse(text.replacingOccurrences(of: "\n", with: "\r\n"), path: "en.po")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(file.locale == "en_US")
        #expect(file.entries["greeting"]?.text == .single("Hello, {name} \"here\""))
        #expect(file.entries["schools"]?.text == .plural(["{count} school", "{count} schools"]))
        #expect(file.entries["schools"]?.line == 12)
        #expect(file.entries["draft"] == nil, "a fuzzy entry is not yet a translation")
    }

    @Test func problemsAreReportedAtTheirLinesAllAtOnce() {
        let text = """
        msgid "a"
        msgstr "unterminated

        msgid "b"
        msgstr "one"

        msgid "b"
        msgstr "twice"

        msgid "c"
        msgstr "<b>bold</b>"

        msgctxt "x"
        msgid "d"
        msgstr "d"

        mgsid "e"
        """
        let lines = StringsFile.parse(text, path: "es.po").diagnostics.map { "\($0.location!.line): \($0.message)" }
        #expect(lines.contains { $0.hasPrefix("2: the quoted text does not end on this line") })
        #expect(lines.contains { $0.hasPrefix("7: 'b' is given twice (first on line 4)") })
        #expect(lines.contains { $0.hasPrefix("10: the text of 'c' contains '<'") })
        #expect(lines.contains { $0.hasPrefix("13: msgctxt is not used") })
        #expect(lines.contains { $0.hasPrefix("17: 'mgsid' is not a line of a PO file") })
    }

    @Test func aTranslationMustFillTheSamePlaceholdersAsEnglish() {
        let loaded = Self.read("""
        msgid "date_short"
        msgstr "{weekday} {dia} {month}"
        """)
        #expect(loaded.value == nil)
        #expect(loaded.diagnostics.map(\.message).contains { $0.contains("lacks {day}") && $0.contains("has {dia}, which English does not fill") })
    }

    @Test func aMissingKeyIsWrittenInEnglishAndListed() throws {
        let wording = try #require(Self.read("").value)
        #expect(wording.untranslated.contains("date_short"))
        #expect(wording.text("date_short", ["weekday": "a", "month": "b", "day": "c"]) == "a, b c")
    }

    @Test func pluralRulesOfOtherLanguagesChooseTheirForms() throws {
        // Polish: 1 plik, 2–4 pliki, 5–21 plików, 22 pliki.
        let polish = try PluralRule.parse("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);").get()
        #expect([1, 2, 4, 5, 12, 21, 22, 25, 112].map(polish.form(for:)) == [0, 1, 1, 2, 2, 2, 1, 2, 2])
        // French: 0 and 1 singular.
        let french = try PluralRule.parse("nplurals=2; plural=(n > 1);").get()
        #expect([0, 1, 2].map(french.form(for:)) == [0, 0, 1])
        // Vietnamese: one form.
        let vietnamese = try PluralRule.parse("nplurals=1; plural=0;").get()
        #expect(vietnamese.form(for: 7) == 0)
        for bad in ["nplurals=2;", "nplurals=2; plural=(n != ;", "nplurals=0; plural=0;", "nplurals=2; plural=" + String(repeating: "(", count: 500) + "n"] {
            #expect(throws: PluralRule.Problem.self) { try PluralRule.parse(bad).get() }
        }
    }

    @Test func pluralFormsFollowTheRuleAndWriteTheCountTheLanguagesWay() throws {
        let polish = Wording.read("""
        msgid ""
        msgstr ""
        "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

        msgid "a_count"
        msgid_plural "a_count"
        msgstr[0] "{count} plik"
        msgstr[1] "{count} pliki"
        msgstr[2] "{count} plików"
        """, path: "pl.po", language: "pl", english: nil)
        let file = try #require(polish.value)
        #expect(file.entries["a_count"]?.forms.map { $0.fill(["count": "N"]) } == ["N plik", "N pliki", "N plików"])
        let wrongCount = Self.read("""
        msgid "x"
        msgid_plural "x"
        msgstr[0] "a"
        msgstr[1] "b"
        msgstr[2] "c"
        """)
        #expect(wrongCount.diagnostics.map(\.message).contains { $0.contains("has 3 plural forms, but the header's Plural-Forms says the language has 2") })
    }

    /// English dates come out as they always have, for every day of a school year and the days
    /// around it: the locale's names with the order from en.po.
    @Test func englishDatesAreTheOnesHandoutsHaveAlwaysHad() throws {
        let english = Wording.english
        let start = try #require(SchoolDate(year: 2026, month: 7, day: 1))
        let year = start...start.adding(days: 400)
        let dates = PeopleDates(year: year.lowerBound.adding(days: 30)...year.lowerBound.adding(days: 330))
        for offset in 0...400 {
            let date = start.adding(days: offset)
            let inYear = dates.year.contains(date)
            #expect(english.day(date, withYear: !inYear) == dates.day(date), "\(date)")
        }
    }

    @Test func spanishDatesNumbersAndMoney() throws {
        let spanish = try #require(Wording.load(language: "es").value)
        let date = try #require(SchoolDate(year: 2026, month: 10, day: 2))
        #expect(spanish.day(date) == "vie 2 oct")
        #expect(spanish.day(date, withYear: true) == "vie 2 oct 2026")
        #expect(spanish.number(12125) == "12,125")
        #expect(Wording.english.number(1_234_567) == "1,234,567")
    }

    @Test func moneyIsExactAndWrittenAsBudgetsHaveAlwaysBeen() throws {
        for written in ["18400", "18400.50", "0.05", "1234567.89", "-1200", "999999999.99"] {
            let money = try #require(Money(written: written))
            #expect(Wording.english.money(money, currency: .usd) == Currency.usd.words(money), "\(written)")
        }
    }

    @Test func aLanguageCodeIsNeverAPath() {
        for code in ["../en", "en/../../etc", "", "EN", "e", "en_US", "x" + String(repeating: "y", count: 40)] {
            #expect(Wording.load(language: code).value == nil, "\(code)")
        }
        let missing = Wording.load(language: "fr")
        #expect(missing.value == nil)
        #expect(missing.diagnostics.first?.message.contains("there are no words for the language 'fr'") == true)
    }
}
