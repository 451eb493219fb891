import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel

/// The import's messages (CSV files, OneRoster exports, calendars, surveys) are worded from the
/// strings files: the same problem reads in English and in Spanish, phrases and counts included.
struct ImportMessagesInSpanishTests {
    static func spanish() throws -> Wording { try #require(Wording.load(language: "es").value) }

    @Test func aCSVRowsShapeIsSaidInSpanishWithItsFileAndRow() throws {
        let file = CSVFile(SourceText(path: "users.csv", bytes: Array("sourcedId,givenName,familyName\r\nu-1,José\r\n".utf8)), name: "users.csv")
        let problem = try #require(file.diagnostics.first)
        #expect(problem.message == "users.csv row 2 has 2 values, but the first line names 3 columns; a value is missing, or a value with a line break in it needs double quotes around it")
        #expect(try Self.spanish().say(problem.content)
            == "users.csv, fila 2: tiene 2 valores, pero la primera línea nombra 3 columnas; falta un valor, o un valor con un salto de línea necesita comillas dobles a su alrededor")
    }

    @Test func aOneRosterFolderThatIsNotThereIsSaidInSpanishThroughThePrinter() throws {
        let result = OneRosterReader().read(directory: "/no-such-place/oneroster", survey: nil, at: SourceLocation(file: "plan.yaml", line: 4, column: 3))
        let problem = try #require(result.diagnostics.first)
        #expect(problem.message == "cannot read the OneRoster folder '/no-such-place/oneroster': no such folder")
        let printed = DiagnosticPrinter(wording: try Self.spanish()).render(problem)
        #expect(printed.contains("no se puede leer la carpeta de OneRoster '/no-such-place/oneroster': la carpeta no existe"), "\(printed)")
    }

    @Test func aRepeatingEventsRuleIsSaidInSpanishWithItsNestedPhrase() throws {
        let calendar = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260907\r\nSUMMARY:Día del Trabajo\r\nRRULE:FREQ=YEARLY;COUNT=2;UNTIL=20300101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let result = ICSCalendarReader().read(SourceText(path: "closures.ics", bytes: Array(calendar.utf8)))
        let problem = try #require(result.diagnostics.first { $0.content.key == "ics_rule_counts_once" })
        #expect(problem.message == "this RRULE has both COUNT and UNTIL; a rule ends one way; the event counts once, on 2026-09-07")
        #expect(try Self.spanish().say(problem.content)
            == "esta RRULE tiene COUNT y UNTIL a la vez; una regla termina de una sola forma; el evento cuenta una sola vez, el 2026-09-07")
    }

    @Test func aSuggestionIsWordedInTheSentencesLanguageOrLeftOut() throws {
        let spanish = try Self.spanish()
        let near = Message("roster_role_unknown", ["row": .message(Message("csv_row", ["file": .text("users.csv"), "row": .number(1_204)])),
                                                   "role": .text("techer"), "hint": ImportPhrases.didYouMean("techer", in: OneRosterCodes.roleNames)])
        #expect(Wording.english.say(near) == "users.csv row 1,204: 'role' is 'techer', which is not a OneRoster role; did you mean 'teacher'?")
        #expect(spanish.say(near) == "users.csv, fila 1,204: 'role' es 'techer', que no es un rol de OneRoster; ¿quiso decir 'teacher'?")
        let far = Message("roster_role_unknown", ["row": .message(Message("csv_row", ["file": .text("users.csv"), "row": .number(7)])),
                                                  "role": .text("janitor"), "hint": ImportPhrases.didYouMean("janitor", in: OneRosterCodes.roleNames)])
        #expect(spanish.say(far) == "users.csv, fila 7: 'role' es 'janitor', que no es un rol de OneRoster")
    }
}
